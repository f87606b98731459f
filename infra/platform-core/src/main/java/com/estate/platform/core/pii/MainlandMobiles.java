package com.estate.platform.core.pii;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits from {@code 13} to {@code 19}, written with or without {@code +86}. */
public final class MainlandMobiles {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private MainlandMobiles() {
    }

    /** The 11 national digits: spaces and hyphens go, and a leading {@code +86} (so {@code +86 138-1234-5678} too). */
    public static String normalize(String phone) {
        String digits = SEPARATORS.matcher(phone).replaceAll("");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    public static boolean isValid(String phone) {
        return MOBILE.matcher(normalize(phone)).matches();
    }

    /**
     * E.164: {@code 13812345678}, {@code +8613812345678} and {@code +86 138-1234-5678} all become
     * {@code +8613812345678}.
     *
     * @throws IllegalArgumentException when it is not a mainland mobile (validate with {@code @MainlandMobile} first)
     */
    public static String toE164(String phone) {
        if (phone == null || !isValid(phone)) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
        return "+86" + normalize(phone);
    }
}
