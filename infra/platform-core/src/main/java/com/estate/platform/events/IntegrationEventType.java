package com.estate.platform.events;

import java.util.Objects;

/**
 * One published event type and the topic it travels on, e.g.
 * {@code new IntegrationEventType("com.estate.resident.unit.registered.v1", "resident.events")}.
 * Its JSON Schema lives in infra/contracts under the same name.
 */
public record IntegrationEventType(String type, String topic) {

    public IntegrationEventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
    }

    public String dataschema() {
        return "urn:estate:schemas:" + type;
    }
}
