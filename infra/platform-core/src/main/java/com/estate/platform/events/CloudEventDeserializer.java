package com.estate.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The value deserializer of every consumer in the suite, behind Spring Kafka's {@code ErrorHandlingDeserializer}
 * (which turns its {@link InvalidEventException} into a record the error handler dead-letters at once).
 * <p>
 * A consumer that handles only some of a topic's types names them in its consumer property {@value #HANDLED_TYPES}
 * (comma-separated; the platform's event router does): a record whose {@link CloudEvent#TYPE_HEADER} names another
 * type is then not read at all and arrives as {@link CloudEvent#notHandled}. A service reading its own topic for one
 * type (billing-service reads {@code billing.events} for {@code bill.paid}) would otherwise parse and check against
 * its schema every event it publishes. Such a record is not checked either: a broken event of a type this consumer
 * does not handle is dead-lettered by the consumers that handle it. Records without the header are read in full.
 */
public class CloudEventDeserializer implements Deserializer<CloudEvent> {

    /** The consumer property naming the types a consumer reads; absent: every type. */
    public static final String HANDLED_TYPES = "estate.events.handled-types";

    private final CloudEventReader reader = new CloudEventReader();
    private Set<String> handledTypes;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object types = configs.get(HANDLED_TYPES);
        if (types != null && !types.toString().isBlank()) {
            handledTypes = Arrays.stream(types.toString().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public CloudEvent deserialize(String topic, byte[] data) {
        return reader.read(data);
    }

    @Override
    public CloudEvent deserialize(String topic, Headers headers, byte[] data) {
        if (handledTypes != null && headers != null) {
            Header type = headers.lastHeader(CloudEvent.TYPE_HEADER);
            if (type != null) {
                String name = new String(type.value(), StandardCharsets.UTF_8);
                if (!handledTypes.contains(name)) {
                    return CloudEvent.notHandled(name);
                }
            }
        }
        return reader.read(data);
    }
}
