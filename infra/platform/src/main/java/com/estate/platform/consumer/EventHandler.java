package com.estate.platform.consumer;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.AggregateDocument;

/**
 * What a service does with one type of event from another service. Declare it as a bean: the platform's
 * {@link EventRouter} reads the handler's topic, hands it only the events of its type (by the CloudEvents
 * {@code type}), reads their {@code data} into {@link #dataType()} (fields it does not know are ignored, missing
 * or unreadable data sends the event to the DLT) and applies it through the {@link IdempotentConsumer}: the effect
 * and the event's id are saved in one write on the document {@link #documentId} names, so a redelivered event
 * changes nothing. No handler calls the consumer or filters types itself.
 *
 * @param <D> the handler's own record of the fields it reads (a tolerant reader, not the producer's class)
 * @param <A> the document the event changes or creates
 */
public interface EventHandler<D, A extends AggregateDocument> {

    /** The event type handled, and the topic it arrives on. */
    IntegrationEventType eventType();

    Class<D> dataType();

    Class<A> documentType();

    /**
     * Whether this event concerns the handler at all (a read model of units skips a work order of a public area):
     * when false the event is skipped like one of another type, and no document is read or written.
     */
    default boolean concerns(D data) {
        return true;
    }

    /** The document the event applies to: a natural id the event carries (e.g. the unit id), never a random one. */
    Object documentId(D data);

    /** The document when none exists yet under {@link #documentId}. */
    A newDocument(D data, CloudEvent event);

    /** The effect; it may queue outbox events on the document. Runs again, on a fresh copy, after a write conflict. */
    void apply(A document, D data, CloudEvent event);
}
