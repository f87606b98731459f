package com.estate.gateway.accounts;

import java.security.SecureRandom;

/** Random passwords for first-start accounts: 24 characters from 56 unambiguous ones, about 139 bits. */
final class GeneratedPasswords {

    static final int LENGTH = 24;

    // No 0/O, 1/l/I: someone may have to read it off a terminal and type it.
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    static String generate() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
