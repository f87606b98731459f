package com.estate.billing.provider.wechat;

import com.estate.billing.provider.RsaKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay API v3's cryptography, as its documentation specifies: requests are signed SHA256withRSA with the
 * merchant key over {@code METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n} and sent as a
 * {@code WECHATPAY2-SHA256-RSA2048} Authorization header; callbacks and responses are signed by WeChat Pay over
 * {@code TIMESTAMP\nNONCE\nBODY\n}; a callback's {@code resource} is AES-256-GCM encrypted with the APIv3 key
 * (its nonce as IV, its associated_data as AAD, the 16-byte tag at the end of the ciphertext).
 */
final class WeChatPaySignatures {

    static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";

    private final String mchId;
    private final String merchantSerialNo;
    private final PrivateKey merchantKey;
    private final PublicKey platformKey;
    private final byte[] apiV3Key;

    WeChatPaySignatures(String mchId, String merchantSerialNo, PrivateKey merchantKey, PublicKey platformKey,
            String apiV3Key) {
        this.mchId = mchId;
        this.merchantSerialNo = merchantSerialNo;
        this.merchantKey = merchantKey;
        this.platformKey = platformKey;
        this.apiV3Key = apiV3Key.getBytes(StandardCharsets.UTF_8);
        if (this.apiV3Key.length != 32) {
            throw new IllegalStateException("the APIv3 key is 32 bytes");
        }
    }

    /** The Authorization header of a request; {@code url} is the path with its query, e.g. /v3/pay/transactions/native. */
    String authorization(String method, String url, String body, long timestamp, String nonce) {
        String message = method + "\n" + url + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        return SCHEMA + " mchid=\"" + mchId + "\",nonce_str=\"" + nonce + "\",signature=\""
                + RsaKeys.sign(merchantKey, message) + "\",timestamp=\"" + timestamp + "\",serial_no=\""
                + merchantSerialNo + "\"";
    }

    /** Whether a callback or response was signed by WeChat Pay. */
    boolean verify(String timestamp, String nonce, String body, String signature) {
        if (timestamp == null || nonce == null) {
            return false;
        }
        return RsaKeys.verify(platformKey, timestamp + "\n" + nonce + "\n" + body + "\n", signature);
    }

    /** The plaintext of a callback's resource. */
    String decrypt(String associatedData, String nonce, String ciphertext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(apiV3Key, "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        if (associatedData != null) {
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        }
        return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
    }
}
