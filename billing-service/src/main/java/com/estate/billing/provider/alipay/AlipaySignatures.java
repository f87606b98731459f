package com.estate.billing.provider.alipay;

import com.estate.billing.provider.RsaKeys;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's RSA2 signatures, as its open platform documents them: the parameters other than {@code sign} (and, on
 * callbacks, {@code sign_type}), empty ones left out, sorted by name and joined as {@code k=v&k=v} (values not
 * URL-encoded), signed SHA256withRSA; an answer is signed over the raw JSON of its {@code *_response} object.
 */
final class AlipaySignatures {

    private final PrivateKey appKey;
    private final PublicKey alipayKey;

    AlipaySignatures(PrivateKey appKey, PublicKey alipayKey) {
        this.appKey = appKey;
        this.alipayKey = alipayKey;
    }

    static String content(Map<String, String> params, boolean withoutSignType) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !"sign".equals(e.getKey()) && !(withoutSignType && "sign_type".equals(e.getKey())))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** The {@code sign} of a request's parameters. */
    String sign(Map<String, String> params) {
        return RsaKeys.sign(appKey, content(params, false));
    }

    /** Whether a callback's parameters were signed by Alipay. */
    boolean verifyCallback(Map<String, String> params) {
        return RsaKeys.verify(alipayKey, content(params, true), params.get("sign"));
    }

    /** Whether an answer's {@code *_response} JSON (exactly as received) was signed by Alipay. */
    boolean verifyAnswer(String responseJson, String sign) {
        return RsaKeys.verify(alipayKey, responseJson, sign);
    }
}
