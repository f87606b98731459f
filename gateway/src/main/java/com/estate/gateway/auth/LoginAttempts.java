package com.estate.gateway.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * Counts wrong passwords per account and locks it after too many ({@link LoginProperties}). Every step is one
 * atomic single-document operation (increment within the window, restart an expired window, create the first
 * count, lock), so concurrent failures on several gateway replicas are all counted without transactions.
 */
@Component
@ConditionalOnBuiltInIssuer
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final ReactiveMongoTemplate mongo;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(ReactiveMongoTemplate mongo, LoginProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<Boolean> isLocked(String accountId) {
        Instant now = clock.instant();
        return mongo.findById(accountId, LoginAttemptsDocument.class)
                .map(found -> found.lockedUntil() != null && found.lockedUntil().isAfter(now))
                .defaultIfEmpty(false);
    }

    /** Counts one wrong password; locks the account when this one reaches the limit. */
    Mono<Void> recordFailure(String accountId) {
        Instant now = clock.instant();
        Instant windowOpenedAfter = now.minus(properties.failureWindow());
        return increment(accountId, windowOpenedAfter)
                .switchIfEmpty(Mono.defer(() -> restartWindow(accountId, windowOpenedAfter, now)))
                .switchIfEmpty(Mono.defer(() -> first(accountId, now)))
                .filter(counted -> counted.failures() >= properties.maxFailures())
                .flatMap(reached -> lock(accountId, now));
    }

    /** A correct password: the count starts again from zero. */
    Mono<Void> reset(String accountId) {
        return mongo.remove(query(where("_id").is(accountId)), LoginAttemptsDocument.class).then();
    }

    private Mono<LoginAttemptsDocument> increment(String accountId, Instant windowOpenedAfter) {
        return mongo.findAndModify(query(where("_id").is(accountId).and("windowStart").gt(windowOpenedAfter)),
                new Update().inc("failures", 1), FindAndModifyOptions.options().returnNew(true),
                LoginAttemptsDocument.class);
    }

    private Mono<LoginAttemptsDocument> restartWindow(String accountId, Instant windowOpenedAfter, Instant now) {
        return mongo.findAndModify(query(where("_id").is(accountId).and("windowStart").lte(windowOpenedAfter)),
                Update.update("failures", 1).set("windowStart", now), FindAndModifyOptions.options().returnNew(true),
                LoginAttemptsDocument.class);
    }

    private Mono<LoginAttemptsDocument> first(String accountId, Instant now) {
        return mongo.insert(new LoginAttemptsDocument(accountId, 1, now, null))
                // Another request created it in the meantime: count this failure into its window.
                .onErrorResume(DuplicateKeyException.class,
                        raced -> increment(accountId, now.minus(properties.failureWindow())));
    }

    /**
     * Locks and starts a fresh count, so that after the lock ends the account again has the full number of tries.
     * The filter makes it a no-op if a concurrent request already did it.
     */
    private Mono<Void> lock(String accountId, Instant now) {
        Query reached = query(where("_id").is(accountId).and("failures").gte(properties.maxFailures()));
        Update lock = Update.update("lockedUntil", now.plus(properties.lockoutDuration()))
                .set("failures", 0)
                .set("windowStart", now);
        return mongo.updateFirst(reached, lock, LoginAttemptsDocument.class)
                .doOnNext(result -> {
                    if (result.getModifiedCount() > 0) {
                        log.warn("Account {} locked for {} after {} wrong passwords", accountId,
                                properties.lockoutDuration(), properties.maxFailures());
                    }
                })
                .then();
    }
}
