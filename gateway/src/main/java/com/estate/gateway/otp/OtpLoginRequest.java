package com.estate.gateway.otp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.estate.platform.core.pii.validation.MainlandMobile;

/** {@code POST /auth/login/otp}. A code of the wrong shape is simply a wrong code (401), not a 400. */
public record OtpLoginRequest(
        @NotBlank @MainlandMobile String phone,
        @NotBlank @Size(max = 32) String code) {

    @Override
    public String toString() {
        return "OtpLoginRequest[phone=***, code=***]";
    }
}
