package com.estate.platform.consumer;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;

/**
 * What a service does with one type of event whose effect is a <em>new</em> record (infra/ARCHITECTURE.md §8): a
 * work order per defect, an inbox entry per notification request. Declare it as a bean: the platform's
 * {@link EventRouter} hands it only the events of its type, reads their {@code data} into {@link #dataType()} (missing
 * or unreadable data sends the event to the DLT) and inserts {@link #newRecord} through the
 * {@link RecordCreatingConsumer} under the id {@link DerivedIds derived} from the event id and {@link #purpose()}, so
 * a redelivered event creates nothing, however many events the service receives.
 *
 * @param <D> the handler's own record of the fields it reads (a tolerant reader, not the producer's class)
 * @param <R> the record the event creates
 */
public interface RecordCreatingHandler<D, R> {

    /** The event type handled, and the topic it arrives on. */
    IntegrationEventType eventType();

    Class<D> dataType();

    Class<R> recordType();

    /** A constant of the handler, e.g. {@code "inbox-entry"}; renaming it would make redelivered events create again. */
    String purpose();

    /**
     * Whether this event concerns the handler at all (a household read model skips notifications to staff): when
     * false the event is skipped like one of another type, and no record is created.
     */
    default boolean concerns(D data) {
        return true;
    }

    /** The record the event creates, under the derived {@code id} it is given. */
    R newRecord(String id, D data, CloudEvent event);

    /**
     * Runs once the record is stored, on every delivery of the event: with the record built now, or with the one an
     * earlier delivery stored. For a follow-up in another document that is idempotent by the record's id (listing
     * it in an index): if the process stops between the insert and the follow-up, the redelivery completes it.
     */
    default void afterStored(R record, D data, CloudEvent event) {
    }
}
