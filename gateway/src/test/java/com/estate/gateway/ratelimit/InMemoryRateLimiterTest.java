package com.estate.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get);

    @Test
    void aFullBucketAllowsABurstOfItsCapacityThenRefusesWithTheWaitForOneToken() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.consume("k", 5, Duration.ofSeconds(10)).allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.consume("k", 5, Duration.ofSeconds(10));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2)); // 10 s / 5 tokens
    }

    @Test
    void tokensComeBackEvenlyOverTheRefillPeriod() {
        for (int i = 0; i < 5; i++) {
            limiter.consume("k", 5, Duration.ofSeconds(10));
        }
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        RateLimiter.Decision early = limiter.consume("k", 5, Duration.ofSeconds(10));
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfter()).isEqualTo(Duration.ofMillis(500));

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.consume("k", 5, Duration.ofSeconds(10)).allowed()).isTrue();
        assertThat(limiter.consume("k", 5, Duration.ofSeconds(10)).allowed()).isFalse();

        now.addAndGet(Duration.ofMinutes(5).toNanos()); // never more than the capacity
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.consume("k", 5, Duration.ofSeconds(10)).allowed()).isTrue();
        }
        assertThat(limiter.consume("k", 5, Duration.ofSeconds(10)).allowed()).isFalse();
    }

    @Test
    void bucketsAreIndependentPerKey() {
        assertThat(limiter.consume("a", 1, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(limiter.consume("a", 1, Duration.ofMinutes(1)).allowed()).isFalse();
        assertThat(limiter.consume("b", 1, Duration.ofMinutes(1)).allowed()).isTrue();
    }

    @Test
    void idleFullBucketsAreForgotten() {
        for (int i = 0; i < 4095; i++) {
            limiter.consume("caller-" + i, 10, Duration.ofSeconds(1));
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        limiter.consume("trigger", 10, Duration.ofSeconds(1)); // the 4096th call sweeps
        assertThat(limiter.size()).isLessThanOrEqualTo(1);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(4))).isEqualTo(4);
    }
}
