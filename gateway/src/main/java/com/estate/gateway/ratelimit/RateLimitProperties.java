package com.estate.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits ({@code app.rate-limits}). Each rule is a token bucket per caller: {@code capacity}
 * requests at once, refilled evenly so that a full bucket takes {@code refill-period} to refill (so the sustained
 * rate is capacity per period). The first rule whose path pattern matches applies. {@code key: principal} counts
 * per token subject (falling back to the client IP when there is no token), {@code key: ip} per client IP.
 * {@code store: memory} keeps the buckets in this gateway instance (each instance allows the full rate);
 * {@code store: mongo} shares fixed-window counters between instances through the gateway's database.
 */
@Validated
@ConfigurationProperties("app.rate-limits")
public record RateLimitProperties(boolean enabled, @NotNull Store store, @Valid List<Rule> rules) {

    public RateLimitProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public enum Store {
        /** Buckets in this JVM: limits are per gateway instance. */
        MEMORY,
        /** Fixed-window counters in the gateway's MongoDB database, shared by all instances. */
        MONGO
    }

    public enum Key {
        PRINCIPAL, IP
    }

    public record Rule(
            @NotBlank String id,
            @NotEmpty List<String> paths,
            @NotNull Key key,
            @Min(1) long capacity,
            @NotNull Duration refillPeriod) {

        public Rule {
            if (refillPeriod != null && (refillPeriod.isZero() || refillPeriod.isNegative())) {
                throw new IllegalArgumentException("app.rate-limits rule " + id + ": refill-period must be positive");
            }
        }
    }
}
