package com.estate.platform.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.platform.events.CloudEvent;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The second consumer pattern (the first is {@link IdempotentConsumer}, for effects on an existing document): an
 * event whose effect is a <em>new</em> record (a work order per defect, a bill per charge request, an inbox entry
 * per notification request). The record's id is {@link DerivedIds derived} from the event id and the consumer's
 * purpose and the record is inserted, never saved: a redelivery hits the unique {@code _id} and changes nothing.
 * Unlike {@code processedEventIds}, nothing here is forgotten, however many events arrive.
 */
public class RecordCreatingConsumer {

    private final MongoTemplate mongo;

    public RecordCreatingConsumer(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param purpose a constant of the consumer, e.g. {@code "inbox-entry"}; see {@link DerivedIds}
     * @param build   builds the record under the derived id it is given; it may also queue outbox events
     * @return true if the record was created now, false if this event had created it before
     * @throws DuplicateKeyException when another unique index refuses the record: that is a real conflict (another
     *                               record holds the key), not a redelivery, and is never swallowed
     */
    public <T> boolean create(CloudEvent event, String purpose, Class<T> type, Function<String, T> build) {
        String id = DerivedIds.of(purpose, event.id());
        return insert(id, type, built(id, type, build));
    }

    /**
     * Like {@link #create}, answering the record as stored: the one built now, or the one this event created before
     * (a redelivery builds a new copy, which may differ in what it took from the clock).
     */
    public <T> T createOrFind(CloudEvent event, String purpose, Class<T> type, Function<String, T> build) {
        String id = DerivedIds.of(purpose, event.id());
        T record = built(id, type, build);
        return insert(id, type, record) ? record : mongo.findById(id, type);
    }

    private <T> T built(String id, Class<T> type, Function<String, T> build) {
        T record = build.apply(id);
        Object recordId = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type)
                .getIdentifierAccessor(record).getIdentifier();
        if (!Objects.equals(id, recordId)) {
            throw new IllegalArgumentException(type.getSimpleName() + " must be built under the derived id " + id
                    + ", not " + recordId);
        }
        return record;
    }

    private <T> boolean insert(String id, Class<T> type, T record) {
        try {
            mongo.insert(record);
            return true;
        } catch (DuplicateKeyException e) {
            // Which index refused it is not in a portable form (messages differ between MongoDB and the stand-in):
            // if the record under our id exists, this event created it (this is a redelivery, or a concurrent
            // delivery that won); otherwise another unique key clashed.
            if (mongo.exists(query(where("_id").is(id)), type)) {
                return false;
            }
            throw e;
        }
    }
}
