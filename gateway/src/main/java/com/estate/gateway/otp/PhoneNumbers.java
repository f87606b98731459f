package com.estate.gateway.otp;

/** Mainland China mobile numbers: 11 digits starting 1[3-9], optionally written with +86. */
final class PhoneNumbers {

    /** What a request may contain. */
    static final String PATTERN = "^(\\+86)?1[3-9][0-9]{9}$";

    private PhoneNumbers() {
    }

    /** E.164, e.g. {@code 13812345678} becomes {@code +8613812345678}; the input matched {@link #PATTERN}. */
    static String toE164(String phone) {
        if (phone == null || !phone.matches(PATTERN)) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
        return phone.startsWith("+86") ? phone : "+86" + phone;
    }
}
