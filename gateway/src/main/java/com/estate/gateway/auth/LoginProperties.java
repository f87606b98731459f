package com.estate.gateway.auth;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Password login rules: {@code maxFailures} wrong passwords for one account from one client address within
 * {@code failureWindow} lock that address out of the account for {@code lockoutDuration}; {@code maxAccountFailures}
 * from all addresses together lock the account everywhere. {@code accountRateLimit} bounds log-in requests per
 * username, whatever the address and whether or not the account exists. New and changed passwords need at least
 * {@code passwordMinLength} characters.
 */
@Validated
@ConfigurationProperties("app.login")
public record LoginProperties(
        @Min(1) int maxFailures,
        @NotNull Duration failureWindow,
        @NotNull Duration lockoutDuration,
        @Min(1) int maxAccountFailures,
        @Valid @NotNull RequestLimit accountRateLimit,
        @Min(8) @Max(64) int passwordMinLength) {

    public LoginProperties {
        if (failureWindow != null && !failureWindow.isPositive()) {
            throw new IllegalArgumentException("app.login.failure-window must be positive");
        }
        if (lockoutDuration != null && !lockoutDuration.isPositive()) {
            throw new IllegalArgumentException("app.login.lockout-duration must be positive");
        }
        if (maxAccountFailures < maxFailures) {
            // Otherwise one address alone would lock the account everywhere, as if there were no per-address budget.
            throw new IllegalArgumentException("app.login.max-account-failures must be at least max-failures");
        }
    }
}
