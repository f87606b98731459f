package com.estate.billing.provider.simulated;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulated provider's callback signature: Base64 of HMAC-SHA256 over {@code timestamp\nnonce\nbody\n} with
 * the shared secret (the same message layout WeChat Pay v3 signs, with a shared key instead of RSA).
 */
final class HmacSignature {

    static final String TIMESTAMP = "X-Simulated-Timestamp";
    static final String NONCE = "X-Simulated-Nonce";
    static final String SIGNATURE = "X-Simulated-Signature";

    private HmacSignature() {
    }

    static String sign(String secret, String timestamp, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + nonce + "\n" + body + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the comparison's duration tells nothing about the right signature. */
    static boolean verify(String secret, String timestamp, String nonce, String body, String signature) {
        if (timestamp == null || nonce == null || signature == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, nonce, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
