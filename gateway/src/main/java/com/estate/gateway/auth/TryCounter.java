package com.estate.gateway.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * One budget of password tries ({@link LoginAttemptsDocument}): at most {@code max} within the failure window,
 * then locked for the lockout duration. A try is taken <em>before</em> the password is compared, by one atomic
 * single-document update that succeeds only while the budget has one left, so parallel guesses on any number of
 * gateways cannot get more tries than sequential ones. Counts come from the document as it was before the update
 * (the form that stays exact under concurrency on the MongoDB stand-in).
 */
final class TryCounter {

    private final ReactiveMongoTemplate mongo;
    private final Duration window;
    private final Duration lockout;

    TryCounter(ReactiveMongoTemplate mongo, Duration window, Duration lockout) {
        this.mongo = mongo;
        this.window = window;
        this.lockout = lockout;
    }

    /** Takes one try; emits how many the window has taken with this one, or nothing when none is left. */
    Mono<Integer> take(String id, String accountId, int max, Instant now) {
        Instant windowOpenedAfter = now.minus(window);
        return within(id, max, windowOpenedAfter, now)
                .switchIfEmpty(Mono.defer(() -> restart(id, windowOpenedAfter, now)))
                .switchIfEmpty(Mono.defer(() -> first(id, accountId, max, windowOpenedAfter, now)));
    }

    /**
     * The try numbered {@code taken} failed: when it was the budget's last, locks, and emits the end of the lock.
     * Starts a fresh count, so after the lock the full number of tries is back.
     */
    Mono<Instant> failed(String id, int taken, int max, Instant now) {
        if (taken < max) {
            return Mono.empty();
        }
        Instant until = now.plus(lockout);
        Update lock = Update.update("lockedUntil", until).set("failures", 0).set("windowStart", now)
                .set("expiresAt", later(until, now.plus(window)));
        // The filter makes it a no-op if a correct password reset the budget in the meantime.
        return mongo.updateFirst(query(where("_id").is(id).and("failures").gte(max)), lock,
                        LoginAttemptsDocument.class)
                .filter(result -> result.getModifiedCount() > 0)
                .map(locked -> until);
    }

    /** Gives a try back that was not a failure (a correct password, or no comparison made at all). */
    Mono<Void> giveBack(String id) {
        return mongo.updateFirst(query(where("_id").is(id).and("failures").gt(0)), new Update().inc("failures", -1),
                LoginAttemptsDocument.class).then();
    }

    /** Forgets the budget: the next try starts a new window. */
    Mono<Void> reset(String id) {
        return mongo.remove(query(where("_id").is(id)), LoginAttemptsDocument.class).then();
    }

    Mono<Boolean> isLocked(String id, Instant now) {
        return mongo.findById(id, LoginAttemptsDocument.class)
                .map(found -> found.lockedUntil() != null && found.lockedUntil().isAfter(now))
                .defaultIfEmpty(false);
    }

    private Mono<Integer> within(String id, int max, Instant windowOpenedAfter, Instant now) {
        Query open = query(unlocked(id, now).and("windowStart").gt(windowOpenedAfter).and("failures").lt(max));
        return mongo.findAndModify(open, new Update().inc("failures", 1),
                        FindAndModifyOptions.options().returnNew(false), LoginAttemptsDocument.class)
                .map(before -> before.failures() + 1);
    }

    private Mono<Integer> restart(String id, Instant windowOpenedAfter, Instant now) {
        Query expired = query(unlocked(id, now).and("windowStart").lte(windowOpenedAfter));
        Update fresh = Update.update("failures", 1).set("windowStart", now).unset("lockedUntil")
                .set("expiresAt", now.plus(window));
        return mongo.findAndModify(expired, fresh, FindAndModifyOptions.options().returnNew(false),
                        LoginAttemptsDocument.class)
                .map(before -> 1);
    }

    private Mono<Integer> first(String id, String accountId, int max, Instant windowOpenedAfter, Instant now) {
        return mongo.insert(new LoginAttemptsDocument(id, accountId, 1, now, null, now.plus(window)))
                .map(created -> 1)
                // It exists (another request created it meanwhile, or it is locked or spent): one more go at it.
                .onErrorResume(DuplicateKeyException.class, exists -> within(id, max, windowOpenedAfter, now));
    }

    /** No lock, or one that has ended. */
    private static Criteria unlocked(String id, Instant now) {
        return where("_id").is(id).and("lockedUntil").not().gt(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
