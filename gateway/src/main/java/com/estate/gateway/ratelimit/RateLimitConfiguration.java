package com.estate.gateway.ratelimit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Chooses where the buckets live ({@code app.rate-limits.store}): {@code memory} (default) in this instance, or
 * {@code mongo} in the gateway's database, shared by every instance.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "app.rate-limits.store", havingValue = "memory", matchIfMissing = true)
    RateLimiter inMemoryRateLimiter() {
        return new InMemoryRateLimiter();
    }

    @Bean
    @ConditionalOnProperty(name = "app.rate-limits.store", havingValue = "mongo")
    RateLimiter mongoRateLimiter(ReactiveMongoTemplate mongo, Clock clock) {
        MongoRateLimiter limiter = new MongoRateLimiter(mongo, clock);
        limiter.ensureIndexes().block();
        return limiter;
    }
}
