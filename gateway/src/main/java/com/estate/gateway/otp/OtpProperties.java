package com.estate.gateway.otp;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import com.estate.gateway.auth.RequestLimit;

/**
 * Resident one-time codes ({@code app.otp}): a code works for {@code codeTtl} and for at most
 * {@code maxAttempts} tries; one phone may ask for a new code once per {@code resendInterval}. Per phone and
 * calendar day in {@code dayZone}, at most {@code maxCodesPerDay} codes are sent and {@code maxFailedTriesPerDay}
 * wrong tries made; {@code phoneRateLimit} bounds log-in requests per phone.
 */
@Validated
@ConfigurationProperties("app.otp")
public record OtpProperties(
        @NotNull Duration codeTtl,
        @Min(1) int maxAttempts,
        @NotNull Duration resendInterval,
        @Min(1) int maxCodesPerDay,
        @Min(1) int maxFailedTriesPerDay,
        @NotNull ZoneId dayZone,
        @Valid @NotNull RequestLimit phoneRateLimit) {

    public OtpProperties {
        if (codeTtl != null && !codeTtl.isPositive()) {
            throw new IllegalArgumentException("app.otp.code-ttl must be positive");
        }
        if (resendInterval != null && resendInterval.isNegative()) {
            throw new IllegalArgumentException("app.otp.resend-interval must not be negative");
        }
    }
}
