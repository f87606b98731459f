package com.estate.gateway.sms;

/** A mainland number for logs and the outbox: {@code +8613812345678} becomes {@code 138****5678}. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phoneE164) {
        String national = phoneE164.startsWith("+86") ? phoneE164.substring(3) : phoneE164;
        if (national.length() < 8) {
            return "****";
        }
        return national.substring(0, 3) + "****" + national.substring(national.length() - 4);
    }
}
