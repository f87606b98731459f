package com.estate.platform.outbox;

import com.estate.platform.core.idempotency.AppliedEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.annotation.Version;

/**
 * Base of every persisted aggregate that publishes events or consumes them.
 * <ul>
 *   <li>{@code outbox}: integration events raised by the last changes, saved with them in one document write
 *       and removed by the {@link OutboxRelay} once the broker acknowledged them;</li>
 *   <li>{@code outboxBatch}: for a document a batch insert wrote, the batch marker that held its first events
 *       ({@link OutboxBatchInserts});</li>
 *   <li>{@code processedEventIds}: ids of the (latest {@link AppliedEvents#REMEMBERED}) events already applied to
 *       this document, saved in the same write as their effect, so a redelivered event changes nothing;</li>
 *   <li>{@code version}: optimistic locking, so concurrent writers never overwrite each other; the relay bumps it
 *       too when it removes a published event;</li>
 *   <li>{@code revision}: how many times the aggregate itself was written (inserts and saves through Spring Data,
 *       counted by {@link RevisionCallback} in the same write); the relay leaves it alone, so it changes only when
 *       the aggregate does. It is what clients see as the {@code ETag} (infra/ARCHITECTURE.md §10).</li>
 * </ul>
 */
public abstract class AggregateDocument {

    /** The stored name of {@link #version}, which the relay increments when it removes a published event. */
    static final String VERSION_FIELD = "version";

    /**
     * The stored name of {@link #revision}: an update that changes an aggregate without {@code save} (a bulk
     * {@code $set}) must {@code $inc} it itself.
     */
    public static final String REVISION_FIELD = "revision";

    /** The stored name of {@link #outboxBatch}. */
    static final String OUTBOX_BATCH_FIELD = "outboxBatch";

    @Version
    private Long version;

    private long revision;

    private List<OutboxEvent> outbox = new ArrayList<>();

    private List<String> processedEventIds = new ArrayList<>();

    /**
     * The batch marker that held this document's first events, when a batch insert wrote it
     * ({@link OutboxBatchInserts}): a later publication of the document publishes those first while the marker is
     * still there, so the document's events keep their order. Once the batch was published, the document's next
     * publication removes it.
     */
    private String outboxBatch;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** The aggregate's business revision, for {@code ETag} / {@code If-Match}; 1 after its first write. */
    public long getRevision() {
        return revision;
    }

    /**
     * The revision this aggregate has once the change being made is saved (every save counts one): what an event
     * raised by that change carries, so consumers can order the aggregate's events.
     */
    public long revisionOnceSaved() {
        return revision + 1;
    }

    /** Counts one more write of the aggregate; called just before it is converted for the write. */
    void nextRevision() {
        revision++;
    }

    /**
     * Hands this new document's pending events to a batch insert, which keeps them in its batch marker and publishes
     * them after the insert: the document is written without them and without its own marker.
     */
    List<OutboxEvent> moveOutboxTo(String batchKey) {
        List<OutboxEvent> events = List.copyOf(outbox);
        outbox.clear();
        outboxBatch = batchKey;
        return events;
    }

    /** The batch insert did not write this document: it takes its events back and is written as usual later. */
    void takeBackOutbox(List<OutboxEvent> events) {
        outbox.addAll(0, events);
        outboxBatch = null;
    }

    public List<OutboxEvent> getOutbox() {
        return Collections.unmodifiableList(outbox);
    }

    /** Queues an event; it is published after this document has been saved. */
    public void publish(OutboxEvent event) {
        outbox.add(event);
    }

    /**
     * Records that the event with this id is being applied.
     *
     * @return false when it was applied before, and the caller must not apply it again
     */
    public boolean markProcessed(String eventId) {
        return AppliedEvents.record(processedEventIds, eventId);
    }

    public boolean hasProcessed(String eventId) {
        return processedEventIds.contains(eventId);
    }
}
