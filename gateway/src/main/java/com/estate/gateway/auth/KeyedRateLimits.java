package com.estate.gateway.auth;

import org.springframework.stereotype.Component;

import com.estate.gateway.problem.RetryLaterException;
import com.estate.gateway.ratelimit.RateLimiter;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Limits log-in requests per account or phone, in the same limiter (and store) as the per-address limits, so a
 * caller who spreads guesses over many addresses still meets a limit. Over the limit the request fails with
 * {@link RetryLaterException}: the same 429 with {@code Retry-After} as the per-address limits, and the same for keys
 * that belong to nobody.
 */
@Component
@ConditionalOnBuiltInIssuer
public class KeyedRateLimits {

    private final RateLimiter limiter;

    public KeyedRateLimits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Completes when the bucket had a request left; fails with {@link RetryLaterException} when not. */
    public Mono<Void> take(String bucket, RequestLimit limit) {
        return limiter.tryConsume(bucket, limit.capacity(), limit.refillPeriod())
                .flatMap(decision -> decision.allowed()
                        ? Mono.<Void>empty()
                        : Mono.error(RetryLaterException.after(decision.retryAfter())));
    }
}
