package com.estate.platform.concurrency;

import com.estate.platform.outbox.AggregateDocument;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Changes one aggregate only if it is still at the revision the client read ({@link IfMatch}), then saves it with
 * the storage lock ({@code @Version}). A version conflict whose revision did not move is the outbox relay removing
 * a published event between our read and our save: read again and retry. A conflict that did move the revision
 * answers 412 with the new ETag on the next read.
 */
public class ConditionalSave {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public ConditionalSave(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param load   reads the document and checks that the caller may see it (404 otherwise), on every attempt
     * @param change the business change; it may also queue outbox events
     * @return the saved document, at its new revision
     */
    public <T extends AggregateDocument> T apply(Supplier<T> load, IfMatch ifMatch, Consumer<T> change) {
        for (int attempt = 1; ; attempt++) {
            T document = load.get();
            ifMatch.require(document.getRevision());
            change.accept(document);
            try {
                return mongo.save(document);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
