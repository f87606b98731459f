package com.estate.platform.consumer;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.EventReader;
import com.estate.platform.outbox.AggregateDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * One listener for every topic the service's {@link EventHandler}s read (in the service's consumer group), routing
 * each event by its CloudEvents {@code type} to the handlers of that type and applying it idempotently. Events of
 * other types on the same topics are skipped. Failures follow the platform's error handler: transient ones are
 * retried until they pass, broken events go to the DLT.
 */
public class EventRouter {

    private final Map<String, List<EventHandler<?, ?>>> handlersByType;
    private final IdempotentConsumer consumer;
    private final EventReader reader;

    public EventRouter(List<EventHandler<?, ?>> handlers, IdempotentConsumer consumer, EventReader reader) {
        this.handlersByType = handlers.stream().collect(Collectors.groupingBy(h -> h.eventType().type(),
                LinkedHashMap::new, Collectors.toList()));
        this.consumer = consumer;
        this.reader = reader;
    }

    /** The topics the handlers read, for the listener below. */
    public String[] topics() {
        return handlersByType.values().stream().flatMap(List::stream).map(h -> h.eventType().topic()).distinct()
                .toArray(String[]::new);
    }

    // idIsGroup = false: the group is the service's (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "platform-event-router", idIsGroup = false, topics = "#{__listener.topics()}")
    public void route(CloudEvent event) {
        for (EventHandler<?, ?> handler : handlersByType.getOrDefault(event.type(), List.of())) {
            applyTo(handler, event);
        }
    }

    private <D, A extends AggregateDocument> void applyTo(EventHandler<D, A> handler,
            CloudEvent event) {
        D data = reader.data(event, handler.dataType());
        consumer.apply(event, handler.documentType(), handler.documentId(data), () -> handler.newDocument(data, event),
                document -> handler.apply(document, data, event));
    }
}
