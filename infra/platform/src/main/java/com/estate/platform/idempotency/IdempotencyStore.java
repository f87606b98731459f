package com.estate.platform.idempotency;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The answers to commands sent with an {@code Idempotency-Key}, one document per caller and key in
 * {@value #COLLECTION}, {@code _id: {caller, key}}. A request first <em>claims</em> its key with an insert (the
 * unique {@code _id} lets exactly one of several concurrent requests in), runs, and then stores its answer
 * ({@link #complete}) or gives the key back when it failed ({@link #release}).
 * <p>
 * Every operation goes by {@code _id} alone: the MongoDB stand-in uses an index only for a filter that names
 * exactly its fields (infra/ARCHITECTURE.md section 3). A TTL index on {@code expiresAt} removes old entries;
 * the stand-in's TTL need not run promptly, so an entry past {@code expiresAt} counts as absent when read.
 */
public class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private static final String IN_PROGRESS = "in-progress";
    private static final String COMPLETED = "completed";
    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final IdempotencyProperties properties;

    public IdempotencyStore(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** What claiming a key found. */
    public sealed interface Outcome {
    }

    /** The key is this request's now: run the command, then {@link #complete} or {@link #release}. */
    public record Claimed(Document id, String fingerprint) implements Outcome {
    }

    /** The command ran before with this very request: answer what it answered then. */
    public record Answered(StoredAnswer answer) implements Outcome {
    }

    /** Creates the TTL index; real MongoDB removes expired entries about once a minute. */
    public void createIndexes() {
        keys().createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS)
                .name("expire_at"));
    }

    /**
     * @param fingerprint what the request is ({@link RequestFingerprint}); a different one under the same key is
     *                    refused
     * @throws IdempotencyKeyReusedException     the key was used for a different request
     * @throws IdempotencyKeyInProgressException the first request with the key is still running
     */
    public Outcome claim(String caller, String key, String fingerprint) {
        Document id = new Document("caller", caller).append("key", key);
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            Document claim = claimDocument(id, fingerprint, now);
            if (insert(claim)) {
                return new Claimed(id, fingerprint);
            }
            Document existing = keys().find(eq("_id", id)).first();
            if (existing != null && isLive(existing, now)) {
                return answerOf(existing, fingerprint);
            }
            // expired, abandoned, or released meanwhile: take it over, unless another request just did
            if (existing != null && takeOver(id, claim, existing.getString("token"))) {
                return new Claimed(id, fingerprint);
            }
            if (attempt == ATTEMPTS) {
                throw new IdempotencyKeyInProgressException();
            }
        }
    }

    /** The command succeeded: keep its answer for the retention period, counted from now. */
    public void complete(Claimed claim, StoredAnswer answer) {
        Instant now = clock.instant();
        keys().updateOne(eq("_id", claim.id()), Updates.combine(
                Updates.set("state", COMPLETED),
                Updates.set("fingerprint", claim.fingerprint()), // a losing takeover may have written its own
                Updates.set("completedAt", Date.from(now)),
                Updates.set("expiresAt", Date.from(now.plus(properties.retention()))),
                Updates.set("status", answer.status()),
                Updates.set("headers", new Document(new LinkedHashMap<>(answer.headers()))),
                Updates.set("body", new Binary(answer.body()))));
    }

    /** The command failed (or was refused): free the key, so a corrected retry with it runs. */
    public void release(Claimed claim) {
        keys().deleteOne(eq("_id", claim.id()));
    }

    private Document claimDocument(Document id, String fingerprint, Instant now) {
        return new Document("_id", id)
                .append("token", UUID.randomUUID().toString())
                .append("state", IN_PROGRESS)
                .append("fingerprint", fingerprint)
                .append("claimedAt", Date.from(now))
                .append("expiresAt", Date.from(now.plus(properties.retention())));
    }

    private boolean insert(Document claim) {
        try {
            keys().insertOne(claim);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** Not expired, and if still in progress, claimed recently enough that its request may still be running. */
    private boolean isLive(Document entry, Instant now) {
        if (!entry.getDate("expiresAt").toInstant().isAfter(now)) {
            return false;
        }
        return COMPLETED.equals(entry.getString("state"))
                || entry.getDate("claimedAt").toInstant().plus(properties.claimTimeout()).isAfter(now);
    }

    private static Outcome answerOf(Document entry, String fingerprint) {
        if (!fingerprint.equals(entry.getString("fingerprint"))) {
            throw new IdempotencyKeyReusedException();
        }
        if (!COMPLETED.equals(entry.getString("state"))) {
            throw new IdempotencyKeyInProgressException();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        entry.get("headers", new Document()).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return new Answered(new StoredAnswer(entry.getInteger("status"), headers,
                entry.get("body", Binary.class).getData()));
    }

    /**
     * Replaces a dead entry with this claim. Of several requests doing so at once, only the one that saw the dead
     * entry's token in the document it replaced has the key (the others saw a newer claim's and back off).
     */
    private boolean takeOver(Document id, Document claim, String deadToken) {
        Document replaced = keys().findOneAndUpdate(eq("_id", id), new Document("$set", without(claim, "_id")),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (replaced == null) {
            return false; // released meanwhile: the next attempt inserts
        }
        if (Objects.equals(replaced.getString("token"), deadToken)) {
            return true;
        }
        throw new IdempotencyKeyInProgressException();
    }

    private static Document without(Document document, String field) {
        Document copy = new Document(document);
        copy.remove(field);
        return copy;
    }

    private MongoCollection<Document> keys() {
        return mongo.getCollection(COLLECTION);
    }
}
