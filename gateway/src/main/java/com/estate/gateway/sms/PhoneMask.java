package com.estate.gateway.sms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mainland number for logs and the outbox: {@code +8613812345678} becomes {@code 138****5678}. */
public final class PhoneMask {

    /**
     * A run of 7 or more digits (a leading {@code +} included) not glued to letters: phone numbers, well-formed or
     * not. Digits inside hex words are left alone; an all-digit group of a UUID is masked too (privacy first).
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\+?[0-9]{7,}(?![0-9A-Za-z])");
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("(\\+?86)?1[0-9]{10}");

    private PhoneMask() {
    }

    public static String mask(String phoneE164) {
        String national = phoneE164.startsWith("+86") ? phoneE164.substring(3) : phoneE164;
        if (national.length() < 8) {
            return "****";
        }
        return national.substring(0, 3) + "****" + national.substring(national.length() - 4);
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
            return "****";
        }
        String digits = number.startsWith("+") ? number.substring(1) : number;
        return mask(digits.length() == 13 ? digits.substring(2) : digits); // without the country code 86
    }
}
