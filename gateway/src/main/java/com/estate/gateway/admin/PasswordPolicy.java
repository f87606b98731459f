package com.estate.gateway.admin;

import com.estate.gateway.accounts.BcryptLimit;
import java.util.Locale;

/**
 * The minimum a staff password must meet: long enough, short enough for bcrypt (which reads only 72 bytes and
 * would silently ignore the rest), letters mixed with something else, and not the username in disguise.
 */
final class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    int minLength() {
        return minLength;
    }

    boolean accepts(String password, String normalizedUsername) {
        if (password == null || password.codePointCount(0, password.length()) < minLength
                || BcryptLimit.exceeds(password)) {
            return false;
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        boolean containsUsername = !normalizedUsername.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(normalizedUsername);
        return letter && other && !containsUsername;
    }
}
