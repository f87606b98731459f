package com.estate.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.estate.gateway.GatewayIntegrationTest;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** The shared limiter against the tests' MongoDB (the stand-in), as a second gateway instance would use it. */
class MongoRateLimiterTest extends GatewayIntegrationTest {

    private static final Instant WINDOW_START = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    private ReactiveMongoTemplate mongo;

    private String bucket;

    @BeforeEach
    void newBucket() {
        bucket = "test:" + UUID.randomUUID();
    }

    @Test
    void capacityRequestsPerWindowThenRefusedUntilTheWindowEnds() {
        MongoRateLimiter limiter = at(WINDOW_START.plusSeconds(15));
        limiter.ensureIndexes().block();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume(bucket, 3, Duration.ofMinutes(1)).block().allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryConsume(bucket, 3, Duration.ofMinutes(1)).block();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(45));

        assertThat(at(WINDOW_START.plusSeconds(61)).tryConsume(bucket, 3, Duration.ofMinutes(1)).block().allowed())
                .isTrue();
    }

    @Test
    void twoInstancesShareTheCount() {
        MongoRateLimiter first = at(WINDOW_START.plusSeconds(1));
        MongoRateLimiter second = at(WINDOW_START.plusSeconds(2));
        assertThat(first.tryConsume(bucket, 2, Duration.ofMinutes(1)).block().allowed()).isTrue();
        assertThat(second.tryConsume(bucket, 2, Duration.ofMinutes(1)).block().allowed()).isTrue();
        assertThat(first.tryConsume(bucket, 2, Duration.ofMinutes(1)).block().allowed()).isFalse();
    }

    @Test
    void concurrentRequestsNeverExceedTheCapacity() {
        MongoRateLimiter limiter = at(WINDOW_START.plusSeconds(5));
        long allowed = Flux.fromStream(IntStream.range(0, 30).boxed())
                .parallel(8).runOn(Schedulers.boundedElastic())
                .flatMap(i -> limiter.tryConsume(bucket, 10, Duration.ofMinutes(1)))
                .sequential()
                .filter(RateLimiter.Decision::allowed)
                .count().block();
        assertThat(allowed).isEqualTo(10);
    }

    @Test
    void theStoreSettingSelectsTheLimiter() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(RateLimitConfiguration.class)
                .withBean(ReactiveMongoTemplate.class, () -> mongo)
                .withBean(Clock.class, Clock::systemUTC);
        runner.run(context -> assertThat(context.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class));
        runner.withPropertyValues("app.rate-limits.store=memory")
                .run(context -> assertThat(context.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class));
        runner.withPropertyValues("app.rate-limits.store=mongo")
                .run(context -> assertThat(context.getBean(RateLimiter.class)).isInstanceOf(MongoRateLimiter.class));
    }

    private MongoRateLimiter at(Instant instant) {
        return new MongoRateLimiter(mongo, Clock.fixed(instant, ZoneOffset.UTC));
    }
}
