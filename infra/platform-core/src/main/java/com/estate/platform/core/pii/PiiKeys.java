package com.estate.platform.core.pii;

import java.util.Base64;

/** Reads a configured key: base64, of at least the given length, or the service does not start. */
final class PiiKeys {

    private PiiKeys() {
    }

    static byte[] decode(String property, String base64, int minBytes, int maxBytes) {
        if (base64 == null || base64.isBlank()) {
            throw new MissingPiiKeyException(property, "no key is configured");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new MissingPiiKeyException(property, "the key is not valid base64");
        }
        if (key.length < minBytes || key.length > maxBytes) {
            throw new MissingPiiKeyException(property, "the key has " + key.length + " bytes, "
                    + (minBytes == maxBytes ? "not " + minBytes : "fewer than " + minBytes));
        }
        return key;
    }
}
