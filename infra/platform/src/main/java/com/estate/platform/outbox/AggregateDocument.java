package com.estate.platform.outbox;

import com.estate.platform.core.idempotency.AppliedEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of every persisted aggregate that publishes events or consumes them.
 * <ul>
 *   <li>{@code outbox}: integration events raised by the last changes, saved with them in one document write
 *       and removed by the {@link OutboxRelay} once the broker acknowledged them;</li>
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

    @Version
    private Long version;

    private long revision;

    private List<OutboxEvent> outbox = new ArrayList<>();

    private List<String> processedEventIds = new ArrayList<>();

    /** Set by {@link OutboxBatchInserts} once it wrote this document's marker with the batch's; never stored. */
    @Transient
    private boolean markedAhead;

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

    /** Its pending-events marker is written already (a batch insert wrote all of them in one go). */
    void markedAhead() {
        markedAhead = true;
    }

    /** Whether the marker was written ahead, for this write only: a later save marks as usual. */
    boolean takeMarkedAhead() {
        boolean ahead = markedAhead;
        markedAhead = false;
        return ahead;
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
