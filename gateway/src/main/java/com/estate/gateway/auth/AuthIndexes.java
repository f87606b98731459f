package com.estate.gateway.auth;

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
 * Indexes for revoking a whole session family, all of an account's sessions, or all sessions of a revoked
 * signing key, and for unlocking an account at every address (rare paths; rotation and log-in go by {@code _id}),
 * and TTL indexes that remove what has expired.
 * Created explicitly at start, like the username index.
 */
@Component
@ConditionalOnBuiltInIssuer
class AuthIndexes implements ApplicationRunner {

    private final ReactiveMongoTemplate mongo;

    AuthIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        var refreshTokens = mongo.indexOps(RefreshTokenDocument.class);
        var loginAttempts = mongo.indexOps(LoginAttemptsDocument.class);
        Mono.when(
                refreshTokens.createIndex(new Index().on("familyId", Sort.Direction.ASC).named("family")),
                refreshTokens.createIndex(new Index().on("accountId", Sort.Direction.ASC).named("account")),
                refreshTokens.createIndex(new Index().on(RefreshTokenDocument.SIGNING_KID, Sort.Direction.ASC)
                        .named("signing-key")),
                // Expired tokens and old revocation markers go by themselves (real MongoDB; the stand-in keeps them).
                refreshTokens.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO)
                        .named("expiry")),
                mongo.indexOps(RevokedFamily.class).createIndex(new Index().on("expiresAt", Sort.Direction.ASC)
                        .expire(Duration.ZERO).named("expiry")),
                loginAttempts.createIndex(new Index().on("accountId", Sort.Direction.ASC).named("account")),
                loginAttempts.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO)
                        .named("expiry")))
                .block(Duration.ofSeconds(60));
    }
}
