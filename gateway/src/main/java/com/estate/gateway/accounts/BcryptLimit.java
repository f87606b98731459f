package com.estate.gateway.accounts;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt reads only the first 72 bytes of a password: a longer one would be silently truncated when set, and
 * can never match a stored hash when logging in. Every place that sets or checks a password asks here.
 */
public final class BcryptLimit {

    public static final int MAX_BYTES = 72;

    private BcryptLimit() {
    }

    public static boolean exceeds(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
