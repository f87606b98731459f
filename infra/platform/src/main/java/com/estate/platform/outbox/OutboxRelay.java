package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import com.estate.platform.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
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
                    .projection(include("outbox")).first();
            List<Document> pending = document == null ? List.of() : document.getList("outbox", Document.class, List.of());
            for (Document event : pending) {
                Optional<String> error = send(event);
                if (error.isPresent()) {
                    failed(claim.get(), event, error.get());
                    return published;
                }
                remove(collection, documentId, event.getString("eventId"));
                published++;
            }
            claim = markers.finish(claim.get());
        }
        return published;
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
        String json = mapper.writeValueAsString(toCloudEvent(event));
        ProducerRecord<String, String> record =
                new ProducerRecord<>(event.getString("topic"), event.getString("subject"), json);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        String traceparent = event.getString("traceparent");
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
                mapper.readTree(event.getString("data")));
    }

    /**
     * Removes the published event and counts that as a change of the document ({@code @Version} + 1), in one
     * update: a copy loaded before, saved later by a read-modify-save, then fails its version check instead of
     * writing the published event back (and so publishing it a second time). The {@code revision} stays: nothing a
     * client sees changed, so its ETag must not (infra/ARCHITECTURE.md §10).
     */
    private void remove(String collection, Object documentId, String eventId) {
        mongo.getCollection(collection).updateOne(eq("_id", documentId),
                new Document("$pull", new Document("outbox", new Document("eventId", eventId)))
                        .append("$inc", new Document(AggregateDocument.VERSION_FIELD, 1L)));
    }
}
