package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.estate.platform.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the pending events of one aggregate document and removes each from the document only after the
 * broker acknowledged it (idempotent producer, {@code acks=all}). If the process dies in between, the event
 * stays in the document and the {@link OutboxPoller} publishes it again; consumers drop the duplicate by its id.
 * <p>
 * It publishes only under the aggregate's claimed {@link OutboxMarkers marker}, so the lane that saw the write, the
 * poller and every replica never publish one aggregate at the same time. An event the broker refuses (a missing
 * topic, the broker down) is recorded on the marker with its error and retried after a back-off; after
 * {@code app.outbox.max-attempts} the aggregate's events are parked, counted in {@code outbox_parked} and logged
 * at ERROR. Events behind a failed one wait: one aggregate's events keep their order.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ROUNDS = 5;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper mapper;
    private final OutboxProperties properties;
    private final OutboxMarkers markers;
    private final String source;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, JsonMapper mapper,
            OutboxProperties properties, OutboxMarkers markers, String applicationName) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.mapper = mapper;
        this.properties = properties;
        this.markers = markers;
        this.source = "/" + applicationName;
    }

    /**
     * Publishes what the document holds now, oldest first, stopping at the first failure so that one aggregate's
     * events keep their order.
     *
     * @return how many events were published and removed
     */
    public int publishPending(String collection, Object documentId) {
        Optional<OutboxMarkers.Claim> claim = markers.claim(collection, documentId);
        int published = 0;
        // Bounded: an aggregate written again and again while we publish is left to the poller's next pass.
        for (int round = 0; claim.isPresent(); round++) {
            if (round == MAX_ROUNDS) {
                markers.release(claim.get());
                return published;
            }
            Document document = mongo.getCollection(collection).find(eq("_id", documentId))
                    .projection(include("outbox", AggregateDocument.OUTBOX_BATCH_FIELD)).first();
            List<Document> pending = new ArrayList<>();
            String batch = document == null ? null : document.getString(AggregateDocument.OUTBOX_BATCH_FIELD);
            if (batch != null) {
                // written by a batch insert whose events may still wait in its marker: they come first (a duplicate
                // of one the batch publishes as well is dropped by consumers by its id)
                pending.addAll(markers.batchEventsOf(batch, documentId));
            }
            int fromBatch = pending.size();
            // the batch was published: the pointer goes with the next removal, so later publications skip the lookup
            boolean batchDone = batch != null && fromBatch == 0;
            if (document != null) {
                pending.addAll(document.getList("outbox", Document.class, List.of()));
            }
            for (int i = 0; i < pending.size(); i++) {
                Document event = pending.get(i);
                Optional<String> error = send(event);
                if (error.isPresent()) {
                    failed(claim.get(), event, error.get());
                    return published;
                }
                if (i >= fromBatch) {
                    remove(collection, documentId, event.getString("eventId"), batchDone);
                    batchDone = false;
                }
                published++;
            }
            claim = markers.finish(claim.get());
        }
        return published;
    }

    /**
     * Publishes a batch insert's events just after the insert, from the batch as written: every event sent at once
     * (the producer batches them) and, once the broker acknowledged all of them, the batch marker removed. Two round
     * trips to MongoDB for the whole batch (claim, remove), where a document published on its own costs four (claim,
     * read, clear, release) and the documents' own writes are untouched. Anything short of that (a refused send, a
     * timeout) leaves the batch marker to the poller ({@link #publishBatchLeftovers}): what was sent already is sent
     * again and dropped by consumers by its id.
     *
     * @param events the batch's events as stored in its marker, in publishing order
     * @return how many events were published
     */
    public int publishBatch(String batchKey, List<Document> events) {
        Optional<OutboxMarkers.BatchClaim> claim = markers.claimBatch(batchKey, false);
        if (claim.isEmpty()) {
            return 0;
        }
        Optional<String> error = sendAll(events);
        if (error.isPresent()) {
            log.warn("outbox: a batch of {} event(s) in {} was not published at once; the poller retries it: {}",
                    events.size(), claim.get().collection(), error.get());
            markers.releaseBatch(batchKey);
            return 0;
        }
        markers.finishBatch(claim.get());
        return events.size();
    }

    /**
     * The poller's part for a batch whose publisher did not finish (it died, the broker refused): publishes the
     * events of the documents the batch did write (those whose {@code outboxBatch} names it; an insert stopped by a
     * duplicate key wrote only some, and a document with the same id written by someone else is not the batch's),
     * then removes the marker. A failure is counted on the marker, retried after a back-off and parked after
     * {@code max-attempts}, as for one aggregate.
     */
    public int publishBatchLeftovers(String batchKey) {
        Optional<OutboxMarkers.BatchClaim> claim = markers.claimBatch(batchKey, true);
        if (claim.isEmpty()) {
            return 0;
        }
        Set<Object> written = new HashSet<>();
        mongo.getCollection(claim.get().collection()).find(in("_id", claim.get().documentIds()))
                .projection(include(AggregateDocument.OUTBOX_BATCH_FIELD))
                .forEach(document -> {
                    if (batchKey.equals(document.getString(AggregateDocument.OUTBOX_BATCH_FIELD))) {
                        written.add(document.get("_id"));
                    }
                });
        List<Document> events = claim.get().events().stream()
                .filter(event -> written.contains(event.get("documentId"))).toList();
        Optional<String> error = sendAll(events);
        if (error.isPresent()) {
            failed(claim.get().asClaim(), events.getFirst(), error.get());
            return 0;
        }
        markers.finishBatch(claim.get());
        return events.size();
    }

    /** Sends every event at once and waits for all acknowledgements; empty when the broker acknowledged all. */
    private Optional<String> sendAll(List<Document> events) {
        List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
        try {
            for (Document event : events) {
                sends.add(sendAsync(event));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause()));
        } catch (TimeoutException | RuntimeException e) {
            return Optional.of(e.toString());
        }
    }

    private void failed(OutboxMarkers.Claim claim, Document event, String error) {
        if (markers.failed(claim, event.getString("eventId"), error)) {
            log.error("outbox: event {} of type {} parked after {} failed attempts; the events of {} wait until "
                    + "parkedAt is cleared on {} in {}: {}", event.getString("eventId"), event.getString("type"),
                    properties.maxAttempts(), claim.documentId(), claim.key(), OutboxMarkers.COLLECTION, error);
        } else {
            log.warn("outbox: event {} of type {} not published (attempt {} of {}), retried after a back-off: {}",
                    event.getString("eventId"), event.getString("type"), claim.attempts() + 1,
                    properties.maxAttempts(), error);
        }
    }

    /** @return empty when the broker acknowledged the event, otherwise what went wrong */
    private Optional<String> send(Document event) {
        try {
            sendAsync(event).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (ExecutionException e) {
            // Left in the document: retried after the back-off.
            return Optional.of(String.valueOf(e.getCause()));
        } catch (TimeoutException | RuntimeException e) {
            return Optional.of(e.toString());
        }
    }

    private CompletableFuture<?> sendAsync(Document event) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(event.getString("topic"), event.getString("subject"), toCloudEventJson(event));
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        // the type again, outside the value: a consumer skips the types it does not handle without reading the value
        record.headers().add(CloudEvent.TYPE_HEADER, event.getString("type").getBytes(StandardCharsets.UTF_8));
        String traceparent = event.getString("traceparent");
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return kafka.send(record);
    }

    /**
     * The envelope written by the mapper, {@code data} spliced in as the JSON text the outbox stored: that text was
     * written by the same mapper ({@link OutboxEvents}), so reading it into a tree only to write it again would
     * spend a parse and a write per event for the same bytes.
     */
    private String toCloudEventJson(Document event) {
        String envelope = mapper.writeValueAsString(toCloudEvent(event)); // no data: left out (NON_NULL)
        String data = event.getString("data");
        if (data == null) {
            return envelope;
        }
        return new StringBuilder(envelope.length() + data.length() + 8)
                .append(envelope, 0, envelope.lastIndexOf('}')).append(",\"data\":").append(data).append('}')
                .toString();
    }

    private CloudEvent toCloudEvent(Document event) {
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                event.getString("eventId"),
                source,
                event.getString("type"),
                event.getString("subject"),
                event.get("time", Date.class).toInstant(),
                "application/json",
                event.getString("dataschema"),
                event.getString("communityId"),
                event.getString("traceparent"),
                null);
    }

    /**
     * Removes the published event and counts that as a change of the document ({@code @Version} + 1), in one
     * update: a copy loaded before, saved later by a read-modify-save, then fails its version check instead of
     * writing the published event back (and so publishing it a second time). The {@code revision} stays: nothing a
     * client sees changed, so its ETag must not (infra/ARCHITECTURE.md §10).
     */
    private void remove(String collection, Object documentId, String eventId, boolean forgetBatch) {
        Document update = new Document("$pull", new Document("outbox", new Document("eventId", eventId)))
                .append("$inc", new Document(AggregateDocument.VERSION_FIELD, 1L));
        if (forgetBatch) {
            update.append("$unset", new Document(AggregateDocument.OUTBOX_BATCH_FIELD, ""));
        }
        mongo.getCollection(collection).updateOne(eq("_id", documentId), update);
    }
}
