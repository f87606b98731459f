package com.estate.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a request asks for, as a SHA-256 of its method, path with query and body: a repeat under the same key
 * must be the same request, byte for byte, or it is refused (422 {@code idempotency-key-reused}).
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(String method, String pathAndQuery, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
