package com.estate.platform.consumer;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.CloudEventDeserializer;
import com.estate.platform.events.EventReader;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.AggregateDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * One listener for every topic the service's {@link EventHandler}s and {@link RecordCreatingHandler}s read (in the
 * service's consumer group), routing each event by its CloudEvents {@code type} to the handlers of that type: an
 * effect on an existing document through the {@link IdempotentConsumer}, a new record through the
 * {@link RecordCreatingConsumer}. Events of other types on the same topics are skipped. Failures follow the
 * platform's error handler: transient ones are retried until they pass, broken events go to the DLT.
 */
public class EventRouter {

    private final Map<String, List<EventHandler<?, ?>>> handlersByType;
    private final Map<String, List<RecordCreatingHandler<?, ?>>> creatorsByType;
    private final IdempotentConsumer consumer;
    private final RecordCreatingConsumer recordCreatingConsumer;
    private final EventReader reader;
    private final String[] topics;
    private final String handledTypes;

    public EventRouter(List<EventHandler<?, ?>> handlers, List<RecordCreatingHandler<?, ?>> creators,
            IdempotentConsumer consumer, RecordCreatingConsumer recordCreatingConsumer, EventReader reader) {
        this.handlersByType = byType(handlers, EventHandler::eventType);
        this.creatorsByType = byType(creators, RecordCreatingHandler::eventType);
        this.consumer = consumer;
        this.recordCreatingConsumer = recordCreatingConsumer;
        this.reader = reader;
        this.topics = Stream.concat(handlers.stream().map(EventHandler::eventType),
                creators.stream().map(RecordCreatingHandler::eventType)).map(IntegrationEventType::topic).distinct()
                .toArray(String[]::new);
        this.handledTypes = Stream.concat(handlersByType.keySet().stream(), creatorsByType.keySet().stream())
                .distinct().sorted().collect(Collectors.joining(","));
    }

    private static <H> Map<String, List<H>> byType(List<H> handlers, Function<H, IntegrationEventType> type) {
        return handlers.stream().collect(Collectors.groupingBy(h -> type.apply(h).type(), LinkedHashMap::new,
                Collectors.toList()));
    }

    /** The topics the handlers read, for the listener below. */
    public String[] topics() {
        return topics.clone();
    }

    /**
     * The consumer property that lets the deserializer pass over the other types on these topics unread (a
     * service's own events on its own topic, mostly): {@link CloudEventDeserializer#HANDLED_TYPES}.
     */
    public String handledTypesProperty() {
        return CloudEventDeserializer.HANDLED_TYPES + "=" + handledTypes;
    }

    // idIsGroup = false: the group is the service's (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "platform-event-router", idIsGroup = false, topics = "#{__listener.topics()}",
            properties = "#{__listener.handledTypesProperty()}")
    public void route(CloudEvent event) {
        for (EventHandler<?, ?> handler : handlersByType.getOrDefault(event.type(), List.of())) {
            applyTo(handler, event);
        }
        for (RecordCreatingHandler<?, ?> creator : creatorsByType.getOrDefault(event.type(), List.of())) {
            createWith(creator, event);
        }
    }

    private <D, A extends AggregateDocument> void applyTo(EventHandler<D, A> handler, CloudEvent event) {
        D data = reader.data(event, handler.dataType());
        if (!handler.concerns(data)) {
            return;
        }
        consumer.apply(event, handler.documentType(), handler.documentId(data), () -> handler.newDocument(data, event),
                document -> handler.apply(document, data, event));
    }

    private <D, R> void createWith(RecordCreatingHandler<D, R> creator, CloudEvent event) {
        D data = reader.data(event, creator.dataType());
        if (!creator.concerns(data)) {
            return;
        }
        R stored = recordCreatingConsumer.createOrFind(event, creator.purpose(), creator.recordType(),
                id -> creator.newRecord(id, data, event));
        creator.afterStored(stored, data, event);
    }
}
