package com.estate.gateway.otp;

import com.estate.platform.core.pii.MainlandMobiles;

/** Mainland China mobile numbers as the gateway keys them: E.164, whichever way the resident wrote the number. */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * E.164: {@code 13812345678}, {@code +8613812345678} and {@code +86 138-1234-5678} all become
     * {@code +8613812345678}; the request was validated with {@code @MainlandMobile}.
     */
    static String toE164(String phone) {
        if (phone == null || !MainlandMobiles.isValid(phone)) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
        return "+86" + MainlandMobiles.normalize(phone);
    }
}
