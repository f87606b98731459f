package com.estate.gateway.accounts;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Creates the unique username index explicitly rather than through auto-index-creation, so it exists before
 * the first account is written and two replicas cannot create the same username twice.
 */
@Component
@ConditionalOnBuiltInIssuer
class StaffAccountIndexes {

    private final ReactiveMongoTemplate mongo;

    StaffAccountIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> ensure() {
        return mongo.indexOps(StaffAccount.class)
                .createIndex(new Index().on("username", Sort.Direction.ASC).unique().named("username_unique"))
                .then();
    }
}
