package com.estate.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Inserts many new aggregates at once (a bulk import): their pending-event markers in one bulk write, then the
 * documents in one {@code insertMany}, instead of one marker round trip per document before its write. The
 * guarantees are those of inserting them one by one: every marker exists before its document (infra/ARCHITECTURE.md
 * §4), each document holds its own events, and each is published once it is written. The documents need their ids
 * before the write, since their markers are keyed by them.
 */
public class OutboxBatchInserts {

    private final MongoTemplate mongo;
    private final OutboxMarkers markers;

    public OutboxBatchInserts(MongoTemplate mongo, OutboxMarkers markers) {
        this.mongo = mongo;
        this.markers = markers;
    }

    /**
     * Ordered, as {@link MongoTemplate#insert(Collection, Class)}: a duplicate key stops the batch there (the documents
     * before it are written) and surfaces as that method's exception. A marker of a document that was not written finds
     * nothing and is removed by the relay.
     */
    public <T extends AggregateDocument> Collection<T> insertAll(List<T> documents, Class<T> type) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        List<Object> ids = new ArrayList<>(documents.size());
        for (T document : documents) {
            if (!document.getOutbox().isEmpty()) {
                Object id = entity.getIdentifierAccessor(document).getIdentifier();
                if (id == null) {
                    throw new IllegalArgumentException("a batch insert needs the documents' ids before the write");
                }
                ids.add(mongo.getConverter().convertToMongoType(id));
            }
        }
        markers.markAll(mongo.getCollectionName(type), ids);
        documents.stream().filter(document -> !document.getOutbox().isEmpty()).forEach(AggregateDocument::markedAhead);
        return mongo.insert(documents, type);
    }
}
