package com.estate.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

/**
 * Token buckets in this JVM. Fast and dependency-free, but per instance: behind a load balancer with n gateways a
 * caller may get up to n times the configured rate. Buckets that have been idle long enough to be full again are
 * dropped now and then, so memory stays bounded by the callers active within one refill period.
 */
public class InMemoryRateLimiter implements RateLimiter {

    private static final int SWEEP_EVERY = 4096;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final AtomicLong calls = new AtomicLong();

    public InMemoryRateLimiter() {
        this(System::nanoTime);
    }

    InMemoryRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Decision> tryConsume(String bucket, long capacity, Duration refill) {
        return Mono.fromSupplier(() -> consume(bucket, capacity, refill));
    }

    Decision consume(String key, long capacity, Duration refill) {
        long now = nanoTime.getAsLong();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, refill.toNanos(), now)).take(now);
    }

    int size() {
        return buckets.size();
    }

    private static final class Bucket {

        private final double capacity;
        private final double nanosPerToken;
        private final long refillNanos;
        private double tokens;
        private long updated;

        Bucket(long capacity, long refillNanos, long now) {
            this.capacity = capacity;
            this.refillNanos = refillNanos;
            this.nanosPerToken = (double) refillNanos / capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            return Decision.refused(Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken)));
        }

        synchronized boolean isFullAt(long now) {
            return now - updated >= refillNanos;
        }
    }
}
