package com.estate.gateway.otp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /auth/otp}: a mainland mobile number, {@code 13812345678} or {@code +8613812345678}. */
public record OtpRequest(@NotBlank @Pattern(regexp = PhoneNumbers.PATTERN) String phone) {

    @Override
    public String toString() {
        return "OtpRequest[phone=***]";
    }
}
