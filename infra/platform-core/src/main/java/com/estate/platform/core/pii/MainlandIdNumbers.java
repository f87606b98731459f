package com.estate.platform.core.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * The resident identity card number of mainland China (GB 11643-1999): 6 digits of region, 8 of birth date
 * (yyyyMMdd), 3 of sequence and a check character computed with ISO 7064 MOD 11-2 ({@code 0}-{@code 9} or
 * {@code X}). The residence permits for Hong Kong, Macao and Taiwan residents use the same scheme with regions
 * 810000, 820000 and 830000.
 */
public final class MainlandIdNumbers {

    /** The first two digits: the provinces, autonomous regions and municipalities of GB/T 2260, plus 71, 81-83. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private MainlandIdNumbers() {
    }

    /**
     * Blanks go (also inside: a desk types {@code 440308 19900101 123x} as printed on the card, in groups), a
     * lower-case check character {@code x} becomes {@code X}.
     */
    public static String normalize(String idNumber) {
        return idNumber.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the (normalised) number is one a card can carry, for someone born by {@code today}. */
    public static boolean isValid(String idNumber, LocalDate today) {
        String number = normalize(idNumber);
        if (!number.matches("[0-9]{17}[0-9X]") || !PROVINCES.contains(number.substring(0, 2))) {
            return false;
        }
        LocalDate birth = birthDate(number);
        return birth != null && !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today)
                && number.charAt(17) == checkCharacter(number.substring(0, 17));
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDate(String number) {
        try {
            return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
