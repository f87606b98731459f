package com.estate.gateway.auth;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A limit per key (a username, a phone), whatever the client address: {@code capacity} requests, refilled over
 * {@code refillPeriod}, in the gateway's rate limiter ({@code app.rate-limits.store}).
 */
public record RequestLimit(@Min(1) long capacity, @NotNull Duration refillPeriod) {

    public RequestLimit {
        if (refillPeriod != null && !refillPeriod.isPositive()) {
            throw new IllegalArgumentException("refill-period must be positive");
        }
    }
}
