package com.estate.platform.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.annotation.Version;

/**
 * Base of every persisted aggregate that publishes events or consumes them.
 * <ul>
 *   <li>{@code outbox}: integration events raised by the last changes, saved with them in one document write
 *       and removed by the {@link OutboxRelay} once the broker acknowledged them;</li>
 *   <li>{@code processedEventIds}: ids of the events already applied to this document, saved in the same write
 *       as their effect, so a redelivered event changes nothing;</li>
 *   <li>{@code version}: optimistic locking, so concurrent writers never overwrite each other.</li>
 * </ul>
 */
public abstract class AggregateDocument {

    /** How many applied event ids a document remembers; redeliveries come from the recent past. */
    static final int REMEMBERED_EVENTS = 500;

    /** The stored name of {@link #version}, which the relay increments when it removes a published event. */
    static final String VERSION_FIELD = "version";

    @Version
    private Long version;

    private List<OutboxEvent> outbox = new ArrayList<>();

    private List<String> processedEventIds = new ArrayList<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
        if (processedEventIds.contains(eventId)) {
            return false;
        }
        processedEventIds.add(eventId);
        if (processedEventIds.size() > REMEMBERED_EVENTS) {
            processedEventIds.removeFirst();
        }
        return true;
    }

    public boolean hasProcessed(String eventId) {
        return processedEventIds.contains(eventId);
    }
}
