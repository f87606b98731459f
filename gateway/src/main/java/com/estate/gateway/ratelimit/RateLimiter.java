package com.estate.gateway.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Takes one request from a caller's token bucket. Implementations decide where buckets live: in this gateway
 * instance ({@link InMemoryRateLimiter}) or in a store shared by all instances.
 */
public interface RateLimiter {

    /**
     * @param bucket   the bucket's key, unique per rule and caller
     * @param capacity the bucket's size (burst)
     * @param refill   how long an empty bucket takes to fill up again
     */
    Mono<Decision> tryConsume(String bucket, long capacity, Duration refill);

    /** Allowed, or refused with the time until the next request would be allowed. */
    record Decision(boolean allowed, Duration retryAfter) {

        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public static Decision refused(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
