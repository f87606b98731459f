package com.estate.resident.resident.domain;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) of a company, GB 32100-2015: 18 characters from the 31 of
 * {@link #CHARACTERS} (digits and capitals without I, O, S, V, Z); the 18th is a check character over the first 17,
 * weighted by 3^i mod 31. A company's code is public (printed on its business licence and in the national registry),
 * so it is not personal data: stored and shown as it is. The contact person's phone is, and is kept like a person's.
 */
public final class UnifiedSocialCreditCodes {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCodes() {
    }

    /** The code as stored: stripped, upper case. */
    public static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the code, written in lower or upper case, is well formed and its check character right. */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        String normalized = normalize(code);
        if (normalized.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(normalized.charAt(i)) < 0) {
                return false;
            }
        }
        return normalized.charAt(17) == checkCharacter(normalized.substring(0, 17));
    }

    /** The check character of the first 17 characters (which must all be from {@link #CHARACTERS}). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character at " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARACTERS.charAt(check);
    }
}
