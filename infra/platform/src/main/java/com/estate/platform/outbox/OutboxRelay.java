package com.estate.platform.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import com.estate.platform.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
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
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper mapper;
    private final OutboxProperties properties;
    private final String source;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, JsonMapper mapper,
            OutboxProperties properties, String applicationName) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.mapper = mapper;
        this.properties = properties;
        this.source = "/" + applicationName;
    }

    /**
     * Publishes what the document holds now, oldest first, stopping at the first failure so that one aggregate's
     * events keep their order.
     *
     * @return how many events were published and removed
     */
    public int publishPending(String collection, Object documentId) {
        Document document = mongo.getCollection(collection).find(eq("_id", documentId))
                .projection(include("outbox")).first();
        if (document == null) {
            return 0;
        }
        List<Document> pending = document.getList("outbox", Document.class, List.of());
        int published = 0;
        for (Document event : pending) {
            if (!send(event)) {
                break;
            }
            remove(collection, documentId, event.getString("eventId"));
            published++;
        }
        return published;
    }

    private boolean send(Document event) {
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
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Left in the document: the poller retries it.
            log.warn("event {} of type {} not published yet: {}", event.getString("eventId"),
                    event.getString("type"), e.toString());
            return false;
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
     * writing the published event back (and so publishing it a second time).
     */
    private void remove(String collection, Object documentId, String eventId) {
        mongo.getCollection(collection).updateOne(eq("_id", documentId),
                new Document("$pull", new Document("outbox", new Document("eventId", eventId)))
                        .append("$inc", new Document(AggregateDocument.VERSION_FIELD, 1L)));
    }
}
