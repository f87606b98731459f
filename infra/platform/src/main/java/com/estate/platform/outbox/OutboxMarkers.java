package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The small collection that says which aggregates have events waiting, so that finding them costs in proportion
 * to what is pending, not to the size of the aggregates' collections (the MongoDB stand-in has no non-unique
 * indexes: a query on {@code outbox.time} would read every document). One marker per aggregate with pending
 * events, keyed by collection and id:
 * <ul>
 *   <li>written (upserted) <em>before</em> the aggregate's own write, so no pending event is ever without one;
 *       {@code writes} counts those writes;</li>
 *   <li>claimed with a lease before publishing, so the lane of this process, the poller and every replica's
 *       poller never publish the same aggregate at once;</li>
 *   <li>removed once the aggregate's outbox is empty and no write came in since the claim ({@code writes});</li>
 *   <li>after a failed publication it holds the attempts, the last error and when to try again; after
 *       {@code max-attempts} it is parked until an operator clears {@code parkedAt}.</li>
 * </ul>
 * A batch insert ({@link OutboxBatchInserts}) writes one <em>batch marker</em> for all its documents instead
 * ({@code batch: true}): it holds the documents' ids and their first events ({@code events}, each with its
 * {@code documentId}), is claimed the same way, and is removed once those events were published
 * (infra/ARCHITECTURE.md §4).
 * Every step is one single-document operation: no transactions (the stand-in has none). A step that depends on the
 * marker's state (free to claim, still ours, no write since the claim) reads the marker by {@code _id} and then
 * writes it only if its revision ({@code rev}, counted up by every write) is still the one it read: both are
 * answered from unique indexes, so a claim costs the same with 100,000 markers as with ten, where a filter on the
 * lease fields read the whole collection on the stand-in (infra/ARCHITECTURE.md §3, §31). A marker written again
 * and again in between falls back, after a few tries, to one filtered operation.
 */
public class OutboxMarkers {

    static final String COLLECTION = "outbox_pending";
    static final String REVISION = "rev";
    /** Reads and conditional writes of one marker before the step falls back to one filtered operation. */
    private static final int TRIES = 3;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final OutboxProperties properties;
    private final String owner;

    public OutboxMarkers(MongoTemplate mongo, Clock clock, OutboxProperties properties, String owner) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.owner = owner;
    }

    /** A marker of pending events of one aggregate, as claimed by this process. */
    public record Claim(String key, String collection, Object documentId, long writes, int attempts) {
    }

    /** A marker the poller may take now: one aggregate's, or (with a {@code batchKey}) a batch insert's. */
    public record Due(String collection, Object documentId, String batchKey) {

        public boolean isBatch() {
            return batchKey != null;
        }
    }

    /**
     * A batch marker, as claimed by this process: the documents one batch insert wrote (or meant to write) and their
     * events, each a stored {@link OutboxEvent} with its {@code documentId} (empty when claimed without them).
     */
    public record BatchClaim(String key, String collection, List<Object> documentIds, List<Document> events,
            int attempts) {

        /** The claim as {@link #failed} and {@link #release} take it. */
        Claim asClaim() {
            return new Claim(key, collection, null, 0L, attempts);
        }
    }

    /**
     * The unique index the conditional writes are answered from: {@code _id} with the revision (the stand-in uses an
     * index only for a filter that names exactly its fields; real MongoDB would use {@code _id}'s alone).
     */
    public void createIndexes() {
        markers().createIndex(Indexes.ascending("_id", REVISION), new IndexOptions().unique(true).name("marker_revision"));
    }

    static String key(String collection, Object documentId) {
        return collection + ":" + documentId;
    }

    /** Before an aggregate with pending events is written: make sure its marker exists and count the write. */
    public void mark(String collection, Object documentId) {
        markers().updateOne(eq("_id", key(collection, documentId)), markWrite(collection, documentId, clock.instant()),
                new UpdateOptions().upsert(true));
    }

    private Bson markWrite(String collection, Object documentId, Instant now) {
        return Updates.combine(Updates.inc("writes", 1L), Updates.inc(REVISION, 1L),
                Updates.setOnInsert("collection", collection),
                Updates.setOnInsert("documentId", documentId),
                Updates.setOnInsert("since", Date.from(now)),
                Updates.setOnInsert("dueAt", Date.from(now.plus(properties.pollGrace()))),
                Updates.setOnInsert("attempts", 0));
    }

    /**
     * Before a batch of new aggregates is written: one marker for all of them that holds their events, due after the
     * grace period like any other, so a publisher that dies before finishing leaves the batch to the poller.
     *
     * @param key    from {@link #newBatchKey}
     * @param events each a stored {@link OutboxEvent} with the {@code documentId} it belongs to, in publishing order
     */
    public void markBatch(String key, String collection, List<Object> documentIds, List<Document> events) {
        Instant now = clock.instant();
        markers().insertOne(new Document("_id", key).append("batch", true).append("collection", collection)
                .append("documentIds", documentIds).append("events", events).append("writes", 0L)
                .append(REVISION, 0L)
                .append("since", Date.from(now)).append("dueAt", Date.from(now.plus(properties.pollGrace())))
                .append("attempts", 0));
    }

    /** A new batch marker's key, which the batch's documents name before they are written. */
    public String newBatchKey(String collection) {
        return "batch:" + collection + ":" + UUID.randomUUID();
    }

    /**
     * Takes a batch marker for one lease.
     *
     * @param withEvents whether to read the batch's events too (the poller needs them; the publisher that wrote the
     *                   batch has them)
     * @return empty when another publisher holds it, it is parked, or it is gone (published)
     */
    public Optional<BatchClaim> claimBatch(String key, boolean withEvents) {
        Bson projection = withEvents ? null : Projections.exclude("events");
        Document before = null;
        for (int i = 0; i < TRIES && before == null; i++) {
            Instant now = clock.instant();
            Document current = read(key, projection);
            if (current == null || !free(current, now)) {
                return Optional.empty();
            }
            if (markers().updateOne(asRead(current), lease(now, current)).getMatchedCount() > 0) {
                before = current;
            }
        }
        if (before == null) {
            Instant now = clock.instant();
            FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)
                    .projection(projection);
            before = markers().findOneAndUpdate(and(eq("_id", key), freeAt(now)), lease(now, null), options);
            if (before == null) {
                return Optional.empty();
            }
        }
        Number attempts = before.get("attempts", Number.class);
        return Optional.of(new BatchClaim(key, before.getString("collection"),
                before.getList("documentIds", Object.class, List.of()),
                withEvents ? before.getList("events", Document.class, List.of()) : List.of(),
                attempts == null ? 0 : attempts.intValue()));
    }

    /**
     * The events a batch marker still holds for one of its documents, in order; empty when the batch was published
     * (the marker is gone) or holds none for it.
     */
    public List<Document> batchEventsOf(String key, Object documentId) {
        Document marker = markers().find(eq("_id", key)).projection(Projections.include("events")).first();
        if (marker == null) {
            return List.of();
        }
        return marker.getList("events", Document.class, List.of()).stream()
                .filter(event -> documentId.equals(event.get("documentId"))).toList();
    }

    /** Every event of the batch was published (or handed to its document's own marker): the batch marker goes. */
    public void finishBatch(BatchClaim claim) {
        atRevision(claim.key(), this::ours, current -> markers().deleteOne(asRead(current)).getDeletedCount() > 0,
                () -> markers().deleteOne(and(eq("_id", claim.key()), eq("leaseOwner", owner))));
    }

    /** The batch could not be published at once: the poller takes it on its next pass (also after a failed insert). */
    public void releaseBatch(String key) {
        atRevision(key, current -> current.getString("leaseOwner") == null || ours(current),
                current -> markers().updateOne(asRead(current), releasing(current)).getMatchedCount() > 0,
                () -> markers().updateOne(and(eq("_id", key), or(eq("leaseOwner", owner), eq("leaseOwner", null))),
                        releasing(null)));
    }

    /** For the sweep: a marker for an aggregate found with pending events, unless it has one (then unchanged). */
    public void markIfMissing(String collection, Object documentId) {
        Instant now = clock.instant();
        markers().updateOne(eq("_id", key(collection, documentId)),
                Updates.combine(Updates.setOnInsert("collection", collection),
                        Updates.setOnInsert("documentId", documentId),
                        Updates.setOnInsert("writes", 0L),
                        Updates.setOnInsert(REVISION, 0L),
                        Updates.setOnInsert("since", Date.from(now)),
                        Updates.setOnInsert("dueAt", Date.from(now)),
                        Updates.setOnInsert("attempts", 0)),
                new UpdateOptions().upsert(true));
    }

    /**
     * Takes the aggregate's marker for one lease, creating it if it is missing (an aggregate written without one:
     * stored before markers existed, or by hand).
     *
     * @return empty when another publisher holds it, or it is parked
     */
    public Optional<Claim> claim(String collection, Object documentId) {
        String key = key(collection, documentId);
        Document current = read(key, null);
        for (int i = 0; current != null; i++) {
            Instant now = clock.instant();
            if (!free(current, now)) {
                return Optional.empty();
            }
            if (i == TRIES) {
                Document before = markers().findOneAndUpdate(and(eq("_id", key), freeAt(now)), lease(now, null),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
                return Optional.ofNullable(before).map(marker -> claimOf(key, marker));
            }
            if (markers().updateOne(asRead(current), lease(now, current)).getMatchedCount() > 0) {
                return Optional.of(claimOf(key, current));
            }
            current = read(key, null);
        }
        Instant now = clock.instant();
        try {
            markers().insertOne(new Document("_id", key).append("collection", collection)
                    .append("documentId", documentId).append("writes", 0L).append(REVISION, 0L)
                    .append("since", Date.from(now))
                    .append("dueAt", Date.from(now)).append("attempts", 0)
                    .append("leaseOwner", owner).append("leaseUntil", Date.from(now.plus(properties.lease()))));
            return Optional.of(new Claim(key, collection, documentId, 0L, 0));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return Optional.empty(); // it exists and is leased or parked: whoever holds it publishes
        }
    }

    /**
     * Everything was published: removes the marker unless the aggregate was written again since the claim.
     *
     * @return the claim renewed with the current write count when it was written again (publish once more), or
     *         empty when the marker is gone
     */
    public Optional<Claim> finish(Claim claim) {
        for (int i = 0; i < TRIES; i++) {
            Document current = read(claim.key(), null);
            if (current == null || !ours(current)) {
                return Optional.empty(); // gone, or the lease ran out and another publisher holds it
            }
            if (writesOf(current) == claim.writes()) {
                if (markers().deleteOne(asRead(current)).getDeletedCount() > 0) {
                    return Optional.empty();
                }
            } else if (markers().updateOne(asRead(current), lease(clock.instant(), current)).getMatchedCount() > 0) {
                return Optional.of(claimOf(claim.key(), current)); // written again since the claim: publish once more
            }
        }
        long deleted = markers().deleteOne(and(eq("_id", claim.key()), eq("leaseOwner", owner),
                eq("writes", claim.writes()))).getDeletedCount();
        if (deleted > 0) {
            return Optional.empty();
        }
        Document current = markers().findOneAndUpdate(and(eq("_id", claim.key()), eq("leaseOwner", owner)),
                lease(clock.instant(), null), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return current == null ? Optional.empty() : Optional.of(claimOf(claim.key(), current));
    }

    /** Gives the marker back without a failure, for the poller to take on its next pass. */
    public void release(Claim claim) {
        ifStillOurs(claim.key(), this::releasing);
    }

    /**
     * An event could not be published: count the attempt, keep the error, and give the marker back with a
     * back-off; park it after the last attempt.
     *
     * @return true when this failure parked the aggregate's events
     */
    public boolean failed(Claim claim, String eventId, String error) {
        int attempts = claim.attempts() + 1;
        Instant now = clock.instant();
        boolean park = attempts >= properties.maxAttempts();
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("attempts", attempts),
                Updates.set("lastError", error), Updates.set("lastEventId", eventId),
                Updates.set("lastAttemptAt", Date.from(now)),
                Updates.set("dueAt", Date.from(now.plus(backOff(attempts)))),
                Updates.unset("leaseOwner"), Updates.unset("leaseUntil")));
        if (park) {
            updates.add(Updates.set("parkedAt", Date.from(now)));
        }
        ifStillOurs(claim.key(), current -> Updates.combine(Updates.combine(updates), nextRevision(current)));
        return park;
    }

    /**
     * Writes the marker if this process still holds its lease: read, then written only at the revision read
     * ({@code update} is given the marker as read, or null for the filtered fallback).
     */
    private void ifStillOurs(String key, Function<Document, Bson> update) {
        atRevision(key, this::ours,
                current -> markers().updateOne(asRead(current), update.apply(current)).getMatchedCount() > 0,
                () -> markers().updateOne(and(eq("_id", key), eq("leaseOwner", owner)), update.apply(null)));
    }

    /**
     * One step on a marker that depends on its state: read it (without its events), stop if it is gone or
     * {@code applies} is false, else {@code write} it at the revision read; a write that lost to another one is
     * tried again with a fresh read, {@value #TRIES} times, then {@code fallback} does it in one filtered operation.
     */
    private void atRevision(String key, Predicate<Document> applies, Predicate<Document> write, Runnable fallback) {
        for (int i = 0; i < TRIES; i++) {
            Document current = read(key, Projections.exclude("events"));
            if (current == null || !applies.test(current)) {
                return;
            }
            if (write.test(current)) {
                return;
            }
        }
        fallback.run();
    }

    private boolean ours(Document marker) {
        return owner.equals(marker.getString("leaseOwner"));
    }

    private Bson releasing(Document current) {
        return Updates.combine(Updates.unset("leaseOwner"), Updates.unset("leaseUntil"),
                Updates.set("dueAt", Date.from(clock.instant())), nextRevision(current));
    }

    /** The markers the poller may take now, oldest due first, at most {@code limit}. */
    public List<Due> due(int limit) {
        Date now = Date.from(clock.instant());
        List<Due> due = new ArrayList<>();
        markers().find(and(eq("parkedAt", null), lte("dueAt", now),
                        or(eq("leaseUntil", null), lte("leaseUntil", now))))
                .limit(limit)
                .forEach(marker -> due.add(Boolean.TRUE.equals(marker.getBoolean("batch"))
                        ? new Due(marker.getString("collection"), null, marker.getString("_id"))
                        : new Due(marker.getString("collection"), marker.get("documentId"), null)));
        return due;
    }

    /**
     * Aggregates whose events have waited longer than the grace period and are not parked (a batch insert's
     * documents count as one until its poller pass hands them to their own markers).
     */
    public long backlog() {
        Date graceAgo = Date.from(clock.instant().minus(properties.pollGrace()));
        return markers().countDocuments(and(eq("parkedAt", null), lte("since", graceAgo)));
    }

    /** Aggregates whose events are parked after too many failed attempts. */
    public long parked() {
        return markers().countDocuments(new Document("parkedAt", new Document("$ne", null)));
    }

    /** The back-off after the n-th failed attempt: doubling from retry-initial, at most retry-max. */
    Duration backOff(int attempts) {
        Duration wait = properties.retryInitial();
        for (int i = 1; i < attempts && wait.compareTo(properties.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : wait;
    }

    /** Takes the lease; {@code current} is the marker as read (null for the filtered fallback). */
    private Bson lease(Instant now, Document current) {
        return Updates.combine(Updates.set("leaseOwner", owner),
                Updates.set("leaseUntil", Date.from(now.plus(properties.lease()))), nextRevision(current));
    }

    /** The revision after this write: one more than the one read, or counted up by the filtered fallback. */
    private static Bson nextRevision(Document current) {
        if (current == null) {
            return Updates.inc(REVISION, 1L);
        }
        return Updates.set(REVISION, current.get(REVISION, Number.class).longValue() + 1);
    }

    /**
     * The marker by its {@code _id}, with a revision: one written before markers had revisions is given revision 0
     * first ({@code $max}, which leaves a revision another writer set meanwhile as it is), so that every conditional
     * write can name one.
     */
    private Document read(String key, Bson projection) {
        Document current = markers().find(eq("_id", key)).projection(projection).first();
        if (current == null || current.get(REVISION) != null) {
            return current;
        }
        markers().updateOne(eq("_id", key), Updates.max(REVISION, 0L));
        return markers().find(eq("_id", key)).projection(projection).first();
    }

    /**
     * The filter of a write that must find the marker as it was read: {@code _id} and revision as a plain document,
     * which the stand-in answers from the unique index on both.
     */
    private static Bson asRead(Document current) {
        return new Document("_id", current.get("_id")).append(REVISION, current.get(REVISION));
    }

    private static boolean free(Document marker, Instant now) {
        Date leaseUntil = marker.getDate("leaseUntil");
        return marker.get("parkedAt") == null && (leaseUntil == null || !leaseUntil.toInstant().isAfter(now));
    }

    private static Bson freeAt(Instant now) {
        return and(eq("parkedAt", null), or(eq("leaseUntil", null), lte("leaseUntil", Date.from(now))));
    }

    private static long writesOf(Document marker) {
        Number writes = marker.get("writes", Number.class);
        return writes == null ? 0L : writes.longValue();
    }

    private static Claim claimOf(String key, Document marker) {
        Number writes = marker.get("writes", Number.class);
        Number attempts = marker.get("attempts", Number.class);
        return new Claim(key, marker.getString("collection"), marker.get("documentId"),
                writes == null ? 0L : writes.longValue(), attempts == null ? 0 : attempts.intValue());
    }

    private MongoCollection<Document> markers() {
        return mongo.getCollection(COLLECTION);
    }
}
