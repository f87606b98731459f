package com.estate.resident.gatepass.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret a pass is checked by. 192 bits from {@link SecureRandom}, base64url without padding (32 characters),
 * so it cannot be guessed or derived from anything else on the pass; the QR payload is the code behind a fixed
 * prefix, so a scanner and a guard typing the code by hand end at the same lookup.
 */
public final class PassCodes {

    public static final String QR_PREFIX = "ESTATE-PASS:1:";
    private static final int BYTES = 24;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private PassCodes() {
    }

    public static String newCode() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    public static String qrPayload(String code) {
        return QR_PREFIX + code;
    }

    /** The code in what the guard presents (a scanned QR payload or the bare code); null if it cannot be one. */
    public static String fromPresented(String presented) {
        if (presented == null) {
            return null;
        }
        String text = presented.strip();
        if (text.startsWith(QR_PREFIX)) {
            text = text.substring(QR_PREFIX.length());
        }
        return CODE.matcher(text).matches() ? text : null;
    }
}
