package com.estate.platform.events;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * The value deserializer of every consumer in the suite, behind Spring Kafka's {@code ErrorHandlingDeserializer}
 * (which turns its {@link InvalidEventException} into a record the error handler dead-letters at once).
 */
public class CloudEventDeserializer implements Deserializer<CloudEvent> {

    private final CloudEventReader reader = new CloudEventReader();

    @Override
    public CloudEvent deserialize(String topic, byte[] data) {
        return reader.read(data);
    }
}
