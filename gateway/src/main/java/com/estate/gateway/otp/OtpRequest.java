package com.estate.gateway.otp;

import jakarta.validation.constraints.NotBlank;

import com.estate.platform.core.pii.validation.MainlandMobile;

/**
 * {@code POST /auth/otp}: a mainland mobile number, {@code 13812345678}, {@code +8613812345678} or
 * {@code +86 138-1234-5678}.
 */
public record OtpRequest(@NotBlank @MainlandMobile String phone) {

    @Override
    public String toString() {
        return "OtpRequest[phone=***]";
    }
}
