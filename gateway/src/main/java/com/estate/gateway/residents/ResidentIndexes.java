package com.estate.gateway.residents;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/** OTP requests find the resident by phone hash (not unique: the same person may live in two communities). */
@Component
@ConditionalOnBuiltInIssuer
class ResidentIndexes implements ApplicationRunner {

    private final ReactiveMongoTemplate mongo;

    ResidentIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        mongo.indexOps(ResidentAccount.class)
                .createIndex(new Index().on("phoneHash", Sort.Direction.ASC).named("phone_hash"))
                .block(Duration.ofSeconds(60));
    }
}
