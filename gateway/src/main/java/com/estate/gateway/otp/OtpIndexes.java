package com.estate.gateway.otp;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Code requests go once expired (also those of unknown phones, so guessing numbers cannot grow the collection
 * for long), and a phone's daily counts once their day is over. A code outlives the resend interval, so the throttle is not cut short. Real MongoDB only: the
 * stand-in keeps expired documents, which the queries ignore anyway.
 */
@Component
@ConditionalOnBuiltInIssuer
class OtpIndexes implements ApplicationRunner {

    private final ReactiveMongoTemplate mongo;

    OtpIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Mono.when(
                mongo.indexOps(OtpDocument.class).createIndex(new Index().on("expiresAt", Sort.Direction.ASC)
                        .expire(Duration.ZERO).named("expiry")),
                mongo.indexOps(OtpDayDocument.class).createIndex(new Index().on("expiresAt", Sort.Direction.ASC)
                        .expire(Duration.ZERO).named("expiry")))
                .block(Duration.ofSeconds(60));
    }
}
