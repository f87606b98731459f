package com.estate.platform.outbox;

import java.time.Instant;

/**
 * An integration event waiting in its aggregate's document until the broker has acknowledged it. It is written
 * in the same single-document write as the state change that raised it, so neither exists without the other.
 * {@code data} is the event's JSON, kept as text so that what is published is exactly what was decided.
 */
public record OutboxEvent(
        String eventId,
        String topic,
        String type,
        String dataschema,
        String subject,
        String communityId,
        Instant time,
        String traceparent,
        String data) {

    /**
     * The same event under an id derived from the fact it announces ({@code DerivedIds.of(purpose, factId)}), so a
     * step repeated after a crash raises the very event consumers already deduped (infra/ARCHITECTURE.md §15).
     */
    public OutboxEvent withEventId(String id) {
        return new OutboxEvent(id, topic, type, dataschema, subject, communityId, time, traceparent, data);
    }
}
