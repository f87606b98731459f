package com.estate.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Mono;

/**
 * A limiter shared by every gateway instance on the same database ({@code app.rate-limits.store: mongo}). To stay
 * correct with single-document atomicity only (no transactions: infra/ARCHITECTURE.md §3), it counts in fixed windows rather
 * than refilling a bucket: one document per caller and window ({@code refill-period} long), incremented with an
 * upserting {@code $inc} that returns the count <em>before</em> the increment (the form that stays exact under
 * concurrency on the MongoDB stand-in). So {@code capacity} requests per window, a window's burst at most. Old
 * windows expire through a TTL index. Costs one round trip to MongoDB per limited request.
 */
public class MongoRateLimiter implements RateLimiter {

    static final String COLLECTION = "rate_limit_windows";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public MongoRateLimiter(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The TTL index that removes past windows; created at start. */
    public Mono<String> ensureIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC)
                .expire(Duration.ZERO).named("expireAt_ttl"));
    }

    @Override
    public Mono<Decision> tryConsume(String bucket, long capacity, Duration refill) {
        Instant now = clock.instant();
        long periodMillis = refill.toMillis();
        long window = now.toEpochMilli() / periodMillis;
        Instant windowEnd = Instant.ofEpochMilli((window + 1) * periodMillis);
        Query query = Query.query(Criteria.where("_id").is(bucket + "@" + window));
        Update update = new Update().inc("count", 1L).setOnInsert("expireAt", java.util.Date.from(windowEnd));
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(false),
                        Document.class, COLLECTION)
                // Two first requests racing to create the window: one insert loses on the _id; it updates instead.
                .onErrorResume(DuplicateKeyException.class, e -> mongo.findAndModify(query, update,
                        FindAndModifyOptions.options().returnNew(false), Document.class, COLLECTION))
                .map(before -> ((Number) before.get("count")).longValue())
                .defaultIfEmpty(0L) // no document before: this is the window's first request
                .map(countBefore -> countBefore < capacity
                        ? Decision.ALLOWED
                        : Decision.refused(Duration.between(now, windowEnd)));
    }
}
