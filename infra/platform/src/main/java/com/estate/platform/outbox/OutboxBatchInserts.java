package com.estate.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Inserts many new aggregates at once (a bulk import, a bill run) and publishes their events as a batch: the
 * events go into one batch marker written first, the documents (without them) in one {@code insertMany}, and then,
 * off the caller's thread, every event is sent at once and the marker removed ({@link OutboxRelay#publishBatch}).
 * Publishing new documents one by one costs a marker write and four round trips each (claim, read, clear the
 * outbox, release), and clearing rewrites every document; a batch costs three writes in all, which on the MongoDB
 * stand-in is most of a large import's time (infra/ARCHITECTURE.md §4, §19). The guarantees are those of inserting
 * the documents one by one: no event without its document being written first (the poller publishes only the
 * events of the documents the batch did write), none lost if the process dies before the batch was published (the
 * marker stays and the poller takes it), and a document's later events never overtake its first ones (its
 * {@code outboxBatch} names the marker, and its next publication sends what the marker still holds first). The
 * documents need their ids before the write, since the marker lists them.
 */
public class OutboxBatchInserts {

    /** Documents per batch marker, so a marker stays far below MongoDB's 16 MB document limit. */
    static final int MAX_MARKER_DOCUMENTS = 1_000;

    private final MongoTemplate mongo;
    private final OutboxMarkers markers;
    private final OutboxRelay relay;
    private final PublishLanes lanes;
    private final OutboxProperties properties;

    public OutboxBatchInserts(MongoTemplate mongo, OutboxMarkers markers, OutboxRelay relay, PublishLanes lanes,
            OutboxProperties properties) {
        this.mongo = mongo;
        this.markers = markers;
        this.relay = relay;
        this.lanes = lanes;
        this.properties = properties;
    }

    /**
     * Ordered, as {@link MongoTemplate#insert(Collection, Class)}: a duplicate key stops the batch there (the documents
     * before it are written, and their events published) and surfaces as that method's exception; the documents it did
     * not write have their events back, so the caller may insert them one by one as usual.
     */
    public <T extends AggregateDocument> Collection<T> insertAll(List<T> documents, Class<T> type) {
        List<T> written = new ArrayList<>(documents.size());
        for (int from = 0; from < documents.size(); from += MAX_MARKER_DOCUMENTS) {
            written.addAll(insertChunk(documents.subList(from, Math.min(documents.size(), from + MAX_MARKER_DOCUMENTS)), type));
        }
        return written;
    }

    private <T extends AggregateDocument> Collection<T> insertChunk(List<T> documents, Class<T> type) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        List<T> publishing = new ArrayList<>(documents.size());
        List<Object> ids = new ArrayList<>(documents.size());
        for (T document : documents) {
            if (!document.getOutbox().isEmpty()) {
                Object id = entity.getIdentifierAccessor(document).getIdentifier();
                if (id == null) {
                    throw new IllegalArgumentException("a batch insert needs the documents' ids before the write");
                }
                publishing.add(document);
                ids.add(mongo.getConverter().convertToMongoType(id));
            }
        }
        if (publishing.isEmpty()) {
            return mongo.insert(documents, type);
        }
        String collection = mongo.getCollectionName(type);
        String batchKey = markers.newBatchKey(collection);
        List<List<OutboxEvent>> moved = new ArrayList<>(publishing.size());
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < publishing.size(); i++) {
            List<OutboxEvent> outbox = publishing.get(i).moveOutboxTo(batchKey);
            moved.add(outbox);
            for (OutboxEvent event : outbox) {
                Document stored = (Document) mongo.getConverter().convertToMongoType(event);
                events.add(stored.append("documentId", ids.get(i)));
            }
        }
        Collection<T> written;
        try {
            markers.markBatch(batchKey, collection, ids, events);
            written = mongo.insert(documents, type);
        } catch (RuntimeException e) {
            // the documents the insert did not write are the caller's to write as usual, with their events
            for (int i = 0; i < publishing.size(); i++) {
                publishing.get(i).takeBackOutbox(moved.get(i));
            }
            markers.releaseBatch(batchKey); // the poller publishes the events of what was written before the stop
            throw e;
        }
        if (properties.immediate()) {
            try {
                lanes.execute(batchKey, () -> relay.publishBatch(batchKey, events));
            } catch (RejectedExecutionException e) {
                // the poller publishes it after the grace period
            }
        }
        return written;
    }
}
