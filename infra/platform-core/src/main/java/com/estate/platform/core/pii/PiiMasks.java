package com.estate.platform.core.pii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data looks when it must not be seen whole: in responses to roles that do not need it, in log lines,
 * in the SMS outbox. The formats keep enough for a person to recognise their own record and no more.
 * <ul>
 * <li>mainland ID number: first 6 (the region) and last 4, {@code 440308********1234}</li>
 * <li>mainland mobile: first 3 and last 4, {@code 138****1234} (a leading {@code +86} is dropped)</li>
 * <li>passport and travel permits: first 1 and last 3, {@code E*****678}</li>
 * </ul>
 * A value too short to hide at least 4 characters is masked whole ({@code ****}).
 */
public final class PiiMasks {

    private static final String HIDDEN = "****";

    /**
     * A run of 7 or more digits (a leading {@code +} included) not glued to letters: phone numbers, well-formed or
     * not. Digits inside hex words are left alone; an all-digit group of a UUID is masked too (privacy first).
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\+?[0-9]{7,}(?![0-9A-Za-z])");
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("(\\+?86)?1[0-9]{10}");

    /**
     * What a log line must never show: 18-character ID numbers (17 digits and a digit or X) and mainland mobiles
     * (11 digits from 13 to 19, optionally after +86/86), each standing alone, i.e. not glued to letters or digits
     * (so hex trace ids and longer numbers stay readable).
     */
    private static final Pattern PII_IN_TEXT = Pattern.compile(
            "(?<![0-9A-Za-z])(?:(?<id>[0-9]{17}[0-9Xx])|(?:\\+?86[- ]?)?(?<mobile>1[3-9][0-9]{9}))(?![0-9A-Za-z])");

    private PiiMasks() {
    }

    /** {@code 440308199001011234} becomes {@code 440308********1234}. */
    public static String idNumber(String idNumber) {
        return keep(idNumber, 6, 4);
    }

    /** {@code +8613812345678} or {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String phone) {
        String national = phone.startsWith("+86") ? phone.substring(3) : phone;
        if (national.length() < 8) {
            return HIDDEN;
        }
        return national.substring(0, 3) + HIDDEN + national.substring(national.length() - 4);
    }

    /** A passport or travel permit number: first 1 and last 3 kept, {@code E12345678} becomes {@code E*****678}. */
    public static String travelDocument(String number) {
        return keep(number, 1, 3);
    }

    /**
     * The text with every ID number and mainland mobile in it masked: what the log encoder applies to every value
     * of every line, a last defence should code log a value it should not.
     */
    public static String maskPiiIn(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        Matcher found = PII_IN_TEXT.matcher(text);
        if (!found.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            String replacement = found.group("id") != null ? idNumber(found.group("id"))
                    : phone(found.group("mobile"));
            found.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        } while (found.find());
        return found.appendTail(masked).toString();
    }

    /**
     * The text with every number in it masked, for log lines that quote what a caller sent (a rejected value in a
     * validation error, say): a mainland mobile keeps its first three and last four digits, any other number goes.
     */
    public static String maskNumbersIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher numbers = NUMBER.matcher(text);
        return numbers.replaceAll(number -> Matcher.quoteReplacement(maskNumber(number.group())));
    }

    private static String maskNumber(String number) {
        if (!MAINLAND_MOBILE.matcher(number).matches()) {
            return HIDDEN;
        }
        String digits = number.startsWith("+") ? number.substring(1) : number;
        return phone(digits.length() == 13 ? digits.substring(2) : digits); // without the country code 86
    }

    private static String keep(String value, int head, int tail) {
        if (value.length() < head + tail + 4) { // fewer than 4 hidden would give too much away
            return HIDDEN;
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
