package com.estate.resident.timeline.messaging;

import com.estate.platform.events.IntegrationEventType;

/**
 * The event type a timeline handler declares and the record it reads the event's data into; what both kinds of
 * platform handler ({@code EventHandler}, {@code RecordCreatingHandler}) ask first.
 *
 * @param <D> the handler's own record of the fields it reads (a tolerant reader)
 */
abstract class HandledEvent<D> {

    private final IntegrationEventType eventType;
    private final Class<D> dataType;

    HandledEvent(IntegrationEventType eventType, Class<D> dataType) {
        this.eventType = eventType;
        this.dataType = dataType;
    }

    public final IntegrationEventType eventType() {
        return eventType;
    }

    public final Class<D> dataType() {
        return dataType;
    }
}
