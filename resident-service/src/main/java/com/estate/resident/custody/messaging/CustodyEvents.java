package com.estate.resident.custody.messaging;

import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.OutboxEvent;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.resident.custody.domain.Custody;
import org.springframework.stereotype.Component;

/**
 * Custody's integration events, keyed by the custody's id (one custody's events keep their order). Each event's
 * id is derived from what it announces (the custody's start or end, a reading, a patrol request), so the same
 * fact is always the same event: a consumer that dedupes by event id acts once even if a retried command raised
 * it again.
 */
@Component
public class CustodyEvents {

    public static final String TOPIC = "resident.events";
    public static final IntegrationEventType STARTED =
            new IntegrationEventType("com.estate.resident.custody.started.v1", TOPIC);
    public static final IntegrationEventType ENDED =
            new IntegrationEventType("com.estate.resident.custody.ended.v1", TOPIC);
    public static final IntegrationEventType ANOMALY_DETECTED =
            new IntegrationEventType("com.estate.resident.custody.anomaly-detected.v1", TOPIC);
    public static final IntegrationEventType PATROL_REQUESTED =
            new IntegrationEventType("com.estate.resident.custody.patrol-requested.v1", TOPIC);

    private final OutboxEvents outboxEvents;

    CustodyEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    /**
     * The event about {@code custody}, its id derived from {@code purpose} and {@code factId} (the custody, reading
     * or request id).
     */
    public OutboxEvent of(IntegrationEventType type, String purpose, String factId, Custody custody, Object data) {
        OutboxEvent event = outboxEvents.create(type, custody.id(), custody.communityId(), data);
        return new OutboxEvent(DerivedIds.of(purpose, factId), event.topic(), event.type(), event.dataschema(),
                event.subject(), event.communityId(), event.time(), event.traceparent(), event.data());
    }
}
