package com.estate.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads an event's {@code data} into the consumer's own record, ignoring fields it does not know. */
public final class EventReader {

    private final JsonMapper mapper;

    public EventReader(JsonMapper mapper) {
        this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        if (event.data() == null || event.data().isNull()) {
            throw new InvalidEventException("event " + event.id() + " of type " + event.type() + " has no data");
        }
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " does not match " + type.getSimpleName(), e);
        }
    }
}
