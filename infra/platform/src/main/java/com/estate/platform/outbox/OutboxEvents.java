package com.estate.platform.outbox;

import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.observability.TraceContext;
import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Turns a service's integration-event record into an {@link OutboxEvent} ready to be saved with its aggregate. */
public class OutboxEvents {

    private final JsonMapper mapper;
    private final Clock clock;

    public OutboxEvents(JsonMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public OutboxEvent create(IntegrationEventType type, String subject, String communityId, Object data) {
        return new OutboxEvent(
                UUID.randomUUID().toString(),
                type.topic(),
                type.type(),
                type.dataschema(),
                subject,
                communityId,
                clock.instant(),
                TraceContext.currentTraceparent(),
                mapper.writeValueAsString(data));
    }
}
