package com.estate.gateway.otp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.estate.gateway.auth.KeyedRateLimits;
import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

import reactor.core.publisher.Mono;

/**
 * What one phone may use up, whatever the client address: codes and wrong tries per calendar day (in
 * {@code app.otp.day-zone}; a day rather than a rolling 24 hours, so that "tomorrow" is something a resident and the
 * service desk can tell), and log-in requests per minute. Without the daily caps a new code every minute, each
 * with its own tries, would allow guessing without end. Each count is one atomic single-document update on the
 * phone's {@link OtpDayDocument}, taken before the work it pays for; no transaction is needed.
 */
@Component
@ConditionalOnBuiltInIssuer
class OtpLimits {

    private static final String CODES = "codes";
    private static final String FAILURES = "failures";

    private final ReactiveMongoTemplate mongo;
    private final KeyedRateLimits rateLimits;
    private final OtpProperties properties;

    OtpLimits(ReactiveMongoTemplate mongo, KeyedRateLimits rateLimits, OtpProperties properties) {
        this.mongo = mongo;
        this.rateLimits = rateLimits;
        this.properties = properties;
    }

    /** Counts a code request; false when the day's codes are used up. */
    Mono<Boolean> takeCode(String phoneHash, Instant now) {
        return take(phoneHash, now, CODES, FAILURES, properties.maxCodesPerDay());
    }

    /** A request that got no code after all (it came too soon): it does not count. */
    Mono<Void> giveBackCode(String phoneHash, Instant now) {
        return giveBack(phoneHash, now, CODES);
    }

    /**
     * Counts a log-in try as failed until {@link #giveBackTry} says otherwise; false when the day's wrong tries are
     * used up. Fails with a 429 first when the phone is over its request limit.
     */
    Mono<Boolean> takeTry(String phoneHash, Instant now) {
        return rateLimits.take(phoneBucket(phoneHash), properties.phoneRateLimit())
                .then(take(phoneHash, now, FAILURES, CODES, properties.maxFailedTriesPerDay()));
    }

    /** The try succeeded: it was not a failure. */
    Mono<Void> giveBackTry(String phoneHash, Instant now) {
        return giveBack(phoneHash, now, FAILURES);
    }

    static String phoneBucket(String phoneHash) {
        return "otp-phone:" + phoneHash;
    }

    /**
     * One upsert that increments {@code field} only while it is below {@code max}. When the day's document exists but
     * the field is at the cap, the filter misses and the upsert collides on {@code _id}: the cap is reached. A
     * collision can also mean that two first requests raced to create the document; the retry without upsert tells
     * the two apart.
     */
    private Mono<Boolean> take(String phoneHash, Instant now, String field, String otherField, int max) {
        Query belowCap = query(where("_id").is(dayId(phoneHash, now)).and(field).lt(max));
        Update count = new Update().inc(field, 1).setOnInsert(otherField, 0).setOnInsert("expiresAt", endOfDay(now));
        return mongo.findAndModify(belowCap, count, FindAndModifyOptions.options().upsert(true).returnNew(false),
                        OtpDayDocument.class)
                .map(before -> true)
                .defaultIfEmpty(true) // no document before: the day's first
                .onErrorResume(DuplicateKeyException.class, collided -> mongo.findAndModify(belowCap, count,
                                FindAndModifyOptions.options().returnNew(false), OtpDayDocument.class)
                        .map(before -> true)
                        .defaultIfEmpty(false));
    }

    private Mono<Void> giveBack(String phoneHash, Instant now, String field) {
        return mongo.updateFirst(query(where("_id").is(dayId(phoneHash, now)).and(field).gt(0)),
                new Update().inc(field, -1), OtpDayDocument.class).then();
    }

    private String dayId(String phoneHash, Instant now) {
        return phoneHash + "@" + LocalDate.ofInstant(now, properties.dayZone());
    }

    private Instant endOfDay(Instant now) {
        return LocalDate.ofInstant(now, properties.dayZone()).plusDays(1).atStartOfDay(properties.dayZone())
                .toInstant();
    }
}
