package com.estate.platform.consumer;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.outbox.AggregateDocument;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Applies an event's effect to one document and records the event id in the same single-document write, so a
 * redelivered event changes nothing. Documents are keyed by the natural id the event carries (e.g. the unit id),
 * which makes the first application an idempotent upsert too.
 */
public class IdempotentConsumer {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public IdempotentConsumer(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param create builds the document when none exists yet under {@code id}
     * @param effect changes the document; it may also queue outbox events
     * @return true if the effect was applied now, false if this event had been applied before
     */
    public <T extends AggregateDocument> boolean apply(CloudEvent event, Class<T> type, Object id,
            Supplier<T> create, Consumer<T> effect) {
        for (int attempt = 1; ; attempt++) {
            T document = mongo.findById(id, type);
            if (document == null) {
                document = create.get();
            }
            if (!document.markProcessed(event.id())) {
                return false;
            }
            effect.accept(document);
            try {
                mongo.save(document);
                return true;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // Someone else wrote the document meanwhile (perhaps this very event, redelivered): read it again.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
