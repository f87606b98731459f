package com.estate.platform.scheduling;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import net.javacrumbs.shedlock.core.AbstractSimpleLock;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * ShedLock's locks in MongoDB, one document per lock in {@code shedLock}: {@code _id} = the lock's name,
 * {@code lockUntil}, {@code lockedAt}, {@code lockedBy}. The same scheme as ShedLock's own Mongo provider, which
 * this machine's registry does not serve (infra/ARCHITECTURE.md §13), written for the MongoDB stand-in:
 * <ul>
 *   <li>taking a lock is one {@code findOneAndUpdate} with upsert on {@code {_id: name, lockUntil <= now}}: a free
 *       or expired lock is updated, a missing one inserted, and a held one makes the upsert insert a second
 *       {@code _id}, which the unique {@code _id} refuses (duplicate key = held elsewhere). Only {@code _id} is
 *       indexed, the one index the stand-in always has. A read by {@code _id} first answers "held" without that
 *       refused write in the common case (the stand-in logs each refused write as an error); the upsert still
 *       decides every race;</li>
 *   <li>filters are plain documents (not the driver's {@code Filters.and}), the form the stand-in can match on
 *       {@code _id} and turn into the upserted document's {@code _id};</li>
 *   <li>unlock and extend name the holder as well, so an instance whose lock expired and was taken over cannot
 *       release or prolong the new holder's lock ({@code lockedBy} is per process, not the host name, because
 *       two replicas may share a host).</li>
 * </ul>
 * Taking a lock reads "now" as the moment ShedLock created the attempt's {@link LockConfiguration} (from its
 * {@link ClockProvider}), the instant its lock-until times are counted from: so two acquisitions of one lock are
 * always at least lock-at-least-for apart, to the millisecond.
 */
public class MongoLockProvider implements ExtensibleLockProvider {

    static final String COLLECTION = "shedLock";

    private final MongoTemplate mongo;
    private final String instance;

    public MongoLockProvider(MongoTemplate mongo, String instance) {
        this.mongo = mongo;
        this.instance = instance;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Date now = Date.from(createdAt(configuration));
        if (heldAt(configuration.getName(), now)) {
            return Optional.empty(); // the usual answer on all replicas but one, without a refused write
        }
        Bson free = new Document("_id", configuration.getName()).append("lockUntil", new Document("$lte", now));
        Bson take = Updates.combine(Updates.set("lockUntil", Date.from(configuration.getLockAtMostUntil())),
                Updates.set("lockedAt", now), Updates.set("lockedBy", instance));
        try {
            locks().findOneAndUpdate(free, take, new FindOneAndUpdateOptions().upsert(true));
            return Optional.of(new MongoLock(configuration));
        } catch (MongoCommandException | MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(errorCode(e)) == ErrorCategory.DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Who holds the lock named so, if anyone does now (for operators and tests). */
    public Optional<String> holder(String name) {
        Document lock = locks().find(new Document("_id", name)).first();
        if (lock == null || !lock.getDate("lockUntil").toInstant().isAfter(ClockProvider.now())) {
            return Optional.empty();
        }
        return Optional.ofNullable(lock.getString("lockedBy"));
    }

    private boolean heldAt(String name, Date now) {
        return locks().find(new Document("_id", name).append("lockUntil", new Document("$gt", now)))
                .projection(new Document("_id", 1)).first() != null;
    }

    private static Instant createdAt(LockConfiguration configuration) {
        return configuration.getLockAtMostUntil().minus(configuration.getLockAtMostFor());
    }

    private static int errorCode(RuntimeException e) {
        return e instanceof MongoWriteException write ? write.getError().getCode()
                : ((MongoCommandException) e).getErrorCode();
    }

    private Document heldByUs(String name) {
        return new Document("_id", name).append("lockedBy", instance);
    }

    private MongoCollection<Document> locks() {
        return mongo.getCollection(COLLECTION);
    }

    private final class MongoLock extends AbstractSimpleLock {

        MongoLock(LockConfiguration configuration) {
            super(configuration);
        }

        /** Keeps the lock until lock-at-least-for has passed, so a fast job still runs once per period. */
        @Override
        protected void doUnlock() {
            locks().updateOne(heldByUs(lockConfiguration.getName()),
                    Updates.set("lockUntil", Date.from(lockConfiguration.getUnlockTime())));
        }

        @Override
        protected Optional<SimpleLock> doExtend(LockConfiguration extended) {
            Document stillOurs = heldByUs(extended.getName())
                    .append("lockUntil", new Document("$gt", Date.from(ClockProvider.now())));
            Document updated = locks().findOneAndUpdate(stillOurs,
                    Updates.set("lockUntil", Date.from(extended.getLockAtMostUntil())));
            return updated == null ? Optional.empty() : Optional.of(new MongoLock(extended));
        }
    }
}
