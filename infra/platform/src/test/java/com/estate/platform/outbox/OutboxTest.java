package com.estate.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.estate.platform.consumer.IdempotentConsumer;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.Sample;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = PlatformTestApp.class, properties = {"app.outbox.poll-grace=0s",
        "app.outbox.poller-enabled=false", "app.outbox.max-attempts=3", "app.outbox.send-timeout=3s",
        "spring.kafka.producer.properties.max.block.ms=1000"})
@WithSharedInfrastructure
class OutboxTest {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.test.sample.touched.v1",
            "activity.events");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoConverter converter;
    @Autowired
    OutboxEvents events;
    @Autowired
    OutboxPoller poller;
    @Autowired
    IdempotentConsumer consumer;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxMarkers markers;
    @Autowired
    OutboxBatchInserts batchInserts;
    @Autowired
    OutboxProperties properties;
    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;
    @Autowired
    JsonMapper json;

    final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());

    private Sample sampleWithEvent(String name) {
        Sample sample = new Sample();
        sample.id = UUID.randomUUID().toString();
        sample.name = name + "-" + sample.id;
        sample.publish(events.create(TYPE, sample.id, "c-7", Map.of("sampleId", sample.id, "amount", "12.30")));
        return sample;
    }

    private List<ConsumerRecord<String, String>> recordsFor(String subject, Duration wait) {
        return kafka.readAll(TYPE.topic(), wait).stream().filter(r -> subject.equals(r.key())).toList();
    }

    @Test
    void publishesRightAfterTheWriteAsACloudEventAndEmptiesTheOutbox() {
        Sample sample = sampleWithEvent("immediate");
        mongo.insert(sample);

        ConsumerRecord<String, String> record = kafka.await(TYPE.topic(), r -> sample.id.equals(r.key()),
                Duration.ofSeconds(20));
        JsonNode event = json.readTree(record.value());
        assertThat(event.path("specversion").asString()).isEqualTo("1.0");
        assertThat(event.path("type").asString()).isEqualTo(TYPE.type());
        assertThat(event.path("source").asString()).isEqualTo("/platform-test");
        assertThat(event.path("subject").asString()).isEqualTo(sample.id);
        assertThat(event.path("communityid").asString()).isEqualTo("c-7");
        assertThat(event.path("dataschema").asString()).isEqualTo("urn:estate:schemas:" + TYPE.type());
        assertThat(event.path("data").path("amount").asString()).isEqualTo("12.30");
        assertThat(Instant.parse(event.path("time").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(new String(record.headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json");
        assertThat(KafkaTestClient.header(record, CloudEvent.TYPE_HEADER)).isEqualTo(TYPE.type());
        // the envelope with data spliced in as stored is still one JSON object of the envelope's fields, data last
        assertThat(event.propertyNames()).containsExactly("specversion", "id", "source", "type", "subject", "time",
                "datacontenttype", "dataschema", "communityid", "data");

        awaitEmptyOutbox(sample.id);
    }

    @Test
    void aBatchInsertPublishesEveryDocumentOnceAndLeavesNoMarker() {
        List<Sample> batch = List.of(sampleWithEvent("batch"), sampleWithEvent("batch"), sampleWithEvent("batch"));
        // two events in one document: both published, in order
        batch.get(2).publish(events.create(TYPE, batch.get(2).id, "c-7", Map.of("sampleId", batch.get(2).id, "amount", "0.01")));
        Sample quiet = new Sample();
        quiet.id = UUID.randomUUID().toString();
        quiet.name = "batch-quiet-" + quiet.id;
        List<Sample> all = new ArrayList<>(batch);
        all.add(quiet);

        batchInserts.insertAll(all, Sample.class);

        for (Sample sample : batch) {
            kafka.await(TYPE.topic(), r -> sample.id.equals(r.key()), Duration.ofSeconds(20));
            awaitEmptyOutbox(sample.id);
            assertThat(mongo.findById(sample.id, Sample.class).getRevision()).isEqualTo(1);
        }
        assertThat(recordsFor(batch.getFirst().id, Duration.ofSeconds(2))).hasSize(1);
        assertThat(recordsFor(batch.get(2).id, Duration.ofSeconds(1))).extracting(r -> json.readTree(r.value())
                .path("data").path("amount").asString()).containsExactly("12.30", "0.01");
        await().atMost(Duration.ofSeconds(10)).until(() -> batchMarkersOf(batch.getFirst().id) == 0);
        for (Sample sample : all) {
            assertThat(mongo.getCollection(OutboxMarkers.COLLECTION).countDocuments(new Document("_id", "samples:" + sample.id)))
                    .isZero();
        }
        // a later ordinary save of a batch-inserted document marks and publishes as usual
        Sample saved = mongo.findById(batch.get(1).id, Sample.class);
        saved.publish(events.create(TYPE, saved.id, "c-7", Map.of("sampleId", saved.id, "amount", "1.00")));
        mongo.save(saved);
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(saved.id, Duration.ofMillis(500)).size() == 2);
    }

    /** A process that dies after the batch was written and before it was published: the poller publishes each once. */
    @Test
    void aBatchWhosePublisherDiedIsPublishedOnceByThePoller() {
        OutboxProperties noPublisher = new OutboxProperties(false, true, properties.pollInterval(), Duration.ZERO,
                properties.sendTimeout(), properties.lease(), properties.maxAttempts(), properties.retryInitial(),
                properties.retryMax(), properties.sweepInterval());
        OutboxBatchInserts dying = new OutboxBatchInserts(mongo, markers, relay, new PublishLanes(1, 1), noPublisher);
        List<Sample> batch = List.of(sampleWithEvent("batch-crashed"), sampleWithEvent("batch-crashed"));

        dying.insertAll(batch, Sample.class);
        assertThat(recordsFor(batch.getFirst().id, Duration.ofSeconds(1))).isEmpty();
        assertThat(batchMarkersOf(batch.getFirst().id)).isOne();

        assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);

        for (Sample sample : batch) {
            kafka.await(TYPE.topic(), r -> sample.id.equals(r.key()), Duration.ofSeconds(20));
            awaitNoMarker(sample.id);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> batchMarkersOf(batch.getFirst().id) == 0);
        assertThat(recordsFor(batch.getFirst().id, Duration.ofSeconds(2))).hasSize(1);
        assertThat(recordsFor(batch.get(1).id, Duration.ofSeconds(1))).hasSize(1);
    }

    /** A batch stopped by a duplicate key: what it wrote before the stop is published, the rest is the caller's. */
    @Test
    void aBatchStoppedByADuplicateKeyPublishesWhatItWrote() {
        Sample taken = sampleWithEvent("taken");
        insertRaw(taken);
        mongo.getCollection("samples").updateOne(new Document("_id", taken.id), new Document("$set", new Document("outbox", List.of())));
        Sample first = sampleWithEvent("before-the-stop");
        Sample duplicate = sampleWithEvent("duplicate");
        duplicate.id = taken.id;

        assertThatThrownBy(() -> batchInserts.insertAll(List.of(first, duplicate), Sample.class))
                .isInstanceOf(RuntimeException.class);
        assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);

        kafka.await(TYPE.topic(), r -> first.id.equals(r.key()), Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> batchMarkersOf(first.id) == 0);
        assertThat(recordsFor(first.id, Duration.ofSeconds(2))).hasSize(1);
        assertThat(recordsFor(taken.id, Duration.ofSeconds(1))).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> batchMarkersOf(first.id) == 0);
        // the document the batch did not write is the caller's to insert on its own: that write marks and publishes
        duplicate.id = UUID.randomUUID().toString();
        String eventId = duplicate.getOutbox().getFirst().eventId();
        mongo.insert(duplicate);
        kafka.await(TYPE.topic(), r -> eventId.equals(json.readTree(r.value()).path("id").asString()), Duration.ofSeconds(20));
        awaitEmptyOutbox(duplicate.id);
    }

    /** A document written again before its batch was published: its first event still comes first. */
    @Test
    void aBatchDocumentsLaterEventNeverOvertakesItsFirst() {
        OutboxProperties noPublisher = new OutboxProperties(false, true, properties.pollInterval(), Duration.ofHours(1),
                properties.sendTimeout(), properties.lease(), properties.maxAttempts(), properties.retryInitial(),
                properties.retryMax(), properties.sweepInterval());
        OutboxBatchInserts dying = new OutboxBatchInserts(mongo, markers, relay, new PublishLanes(1, 1), noPublisher);
        Sample sample = sampleWithEvent("batch-then-saved");
        dying.insertAll(List.of(sample), Sample.class);

        Sample loaded = mongo.findById(sample.id, Sample.class);
        loaded.publish(events.create(TYPE, loaded.id, "c-7", Map.of("sampleId", loaded.id, "amount", "2.00")));
        mongo.save(loaded);

        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(sample.id, Duration.ofMillis(500)).size() >= 2);
        assertThat(recordsFor(sample.id, Duration.ofSeconds(1))).extracting(r -> json.readTree(r.value())
                .path("data").path("amount").asString()).startsWith("12.30", "2.00");
        awaitEmptyOutbox(sample.id);
        // the batch marker, due in an hour, still publishes its copy then: consumers drop it by its id
        assertThat(batchMarkersOf(sample.id)).isOne();
        mongo.getCollection(OutboxMarkers.COLLECTION).deleteMany(new Document("batch", true).append("documentIds", sample.id));
    }

    private long batchMarkersOf(String documentId) {
        return mongo.getCollection(OutboxMarkers.COLLECTION)
                .countDocuments(new Document("batch", true).append("documentIds", documentId));
    }

    @Test
    void aBatchWithADocumentIdLessCannotMarkAhead() {
        Sample sample = sampleWithEvent("no-id");
        sample.id = null;
        assertThatThrownBy(() -> batchInserts.insertAll(List.of(sample), Sample.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWriteWhosePublisherDiedIsPublishedOnceByThePoller() {
        Sample sample = sampleWithEvent("crashed");
        // The marker, then the state change and its event, written as the platform writes them; then no
        // publisher ran, exactly as when the process dies between the write and the publication.
        markers.mark("samples", sample.id);
        insertRaw(sample);
        assertThat(recordsFor(sample.id, Duration.ofSeconds(1))).isEmpty();

        assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);

        awaitEmptyOutbox(sample.id);
        assertThat(recordsFor(sample.id, Duration.ofSeconds(3))).hasSize(1);
        awaitNoMarker(sample.id);
        assertThat(poller.pollOnce()).isZero();
    }

    /** A backlog (the broker was down) larger than one batch of due markers is published by one pass, not 200 a pass. */
    @Test
    void oneLongPassPublishesABacklogOfManyBatches() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            Sample sample = sampleWithEvent("backlog");
            markers.mark("samples", sample.id);
            insertRaw(sample);
            ids.add(sample.id);
        }

        assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(450);

        ids.forEach(this::awaitEmptyOutbox);
        ids.forEach(this::awaitNoMarker);
        Map<String, Long> published = kafka.readAll(TYPE.topic(), Duration.ofSeconds(3)).stream()
                .filter(r -> ids.contains(r.key()))
                .collect(java.util.stream.Collectors.groupingBy(ConsumerRecord::key,
                        java.util.stream.Collectors.counting()));
        assertThat(published).hasSize(450).allSatisfy((id, count) -> assertThat(count).isOne());
    }

    /** Written again while it was being published: finishing renews the claim instead of dropping the marker. */
    @Test
    void aMarkerWrittenDuringItsPublicationStaysUntilTheNewWriteIsPublished() {
        String id = UUID.randomUUID().toString();
        markers.mark("samples", id);
        OutboxMarkers.Claim claim = markers.claim("samples", id).orElseThrow();
        assertThat(markers.claim("samples", id)).isEmpty(); // leased

        markers.mark("samples", id);
        OutboxMarkers.Claim renewed = markers.finish(claim).orElseThrow();

        assertThat(renewed.writes()).isEqualTo(claim.writes() + 1);
        assertThat(markers.finish(renewed)).isEmpty();
        assertThat(mongo.getCollection("outbox_pending").find(new Document("_id", "samples:" + id)).first()).isNull();
    }

    /** A marker written before markers had revisions is claimed, published and removed like any other. */
    @Test
    void aMarkerWithoutARevisionIsPublishedAndRemoved() {
        Sample sample = sampleWithEvent("old-marker");
        mongo.getCollection("outbox_pending").insertOne(new Document("_id", "samples:" + sample.id)
                .append("collection", "samples").append("documentId", sample.id).append("writes", 1L)
                .append("since", new java.util.Date()).append("dueAt", new java.util.Date()).append("attempts", 0));
        insertRaw(sample);

        assertThat(relay.publishPending("samples", sample.id)).isOne();

        assertThat(recordsFor(sample.id, Duration.ofSeconds(3))).hasSize(1);
        awaitNoMarker(sample.id);
    }

    @Test
    void anAggregateStoredWithoutAMarkerIsFoundByTheSweepAndOnlyByIt() {
        Sample sample = sampleWithEvent("unmarked");
        insertRaw(sample);
        assertThat(markers.due(10_000)).noneMatch(due -> sample.id.equals(due.documentId()));

        assertThat(poller.sweep()).isGreaterThanOrEqualTo(1);
        poller.pollOnce();

        awaitEmptyOutbox(sample.id);
        assertThat(recordsFor(sample.id, Duration.ofSeconds(3))).hasSize(1);
        awaitNoMarker(sample.id);
    }

    /**
     * The lane that saw the write, the poller and another replica's poller all try the same aggregate at once:
     * each event is published once, in order.
     */
    @Test
    void publishersRacingForOneAggregateNeverPublishAnEventTwice() throws Exception {
        Sample sample = sampleWithEvent("raced");
        sample.publish(events.create(TYPE, sample.id, "c-7", Map.of("sampleId", sample.id, "n", "2")));
        sample.publish(events.create(TYPE, sample.id, "c-7", Map.of("sampleId", sample.id, "n", "3")));
        markers.mark("samples", sample.id);
        insertRaw(sample);
        OutboxRelay replica = new OutboxRelay(mongo, kafkaTemplate, json, properties,
                new OutboxMarkers(mongo, Clock.systemUTC(), properties, "another-replica"), "platform-test");

        var pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            OutboxRelay publisher = i % 2 == 0 ? relay : replica;
            results.add(pool.submit(() -> publisher.publishPending("samples", sample.id)));
        }
        int published = 0;
        for (Future<Integer> result : results) {
            published += result.get();
        }
        pool.shutdown();

        assertThat(published).isEqualTo(3);
        List<ConsumerRecord<String, String>> records = recordsFor(sample.id, Duration.ofSeconds(3));
        assertThat(records).extracting(r -> json.readTree(r.value()).path("id").asString())
                .containsExactlyElementsOf(sample.getOutbox().stream().map(OutboxEvent::eventId).toList());
        awaitNoMarker(sample.id);
    }

    @Test
    void anEventTheBrokerRefusesIsRetriedWithBackOffThenParkedWhileOtherAggregatesPublish() {
        Sample stuck = new Sample();
        stuck.id = UUID.randomUUID().toString();
        stuck.name = "stuck-" + stuck.id;
        stuck.publish(events.create(new IntegrationEventType("com.estate.test.sample.lost.v1", "no.such.topic"),
                stuck.id, "c-7", Map.of("sampleId", stuck.id)));
        markers.mark("samples", stuck.id);
        insertRaw(stuck);
        String key = "samples:" + stuck.id;

        assertThat(relay.publishPending("samples", stuck.id)).isZero();
        Document marker = mongo.getCollection("outbox_pending").find(new Document("_id", key)).first();
        assertThat(marker.getInteger("attempts")).isEqualTo(1);
        assertThat(marker.getString("lastError")).isNotBlank();
        assertThat(marker.getDate("dueAt")).isAfter(new java.util.Date());
        assertThat(marker.get("parkedAt")).isNull();
        assertThat(markers.due(10_000)).noneMatch(due -> stuck.id.equals(due.documentId()));

        // another aggregate is not held up
        Sample other = sampleWithEvent("unaffected");
        mongo.insert(other);
        awaitEmptyOutbox(other.id);

        assertThat(relay.publishPending("samples", stuck.id)).isZero();
        assertThat(relay.publishPending("samples", stuck.id)).isZero();
        marker = mongo.getCollection("outbox_pending").find(new Document("_id", key)).first();
        assertThat(marker.getInteger("attempts")).isEqualTo(3);
        assertThat(marker.get("parkedAt")).isNotNull();
        poller.pollOnce();
        assertThat(poller.parked()).isGreaterThanOrEqualTo(1);
        assertThat(markers.backOff(1)).isEqualTo(properties.retryInitial());
        assertThat(markers.backOff(2)).isEqualTo(properties.retryInitial().multipliedBy(2));
        assertThat(markers.backOff(40)).isEqualTo(properties.retryMax());
        // parked: no publisher takes it any more, and the event stays stored for the operator
        assertThat(relay.publishPending("samples", stuck.id)).isZero();
        assertThat(mongo.findById(stuck.id, Sample.class).getOutbox()).hasSize(1);
        mongo.getCollection("outbox_pending").deleteOne(new Document("_id", key));
        mongo.remove(mongo.findById(stuck.id, Sample.class));
    }

    private void insertRaw(Sample sample) {
        sample.setVersion(0L);
        Document raw = new Document();
        converter.write(sample, raw);
        mongo.getCollection("samples").insertOne(raw);
    }

    private void awaitNoMarker(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection("outbox_pending").find(new Document("_id", "samples:" + id)).first() == null);
    }

    /**
     * A read-modify-save that loaded the document while its event was pending (a listener, a command) must not
     * write the published event back into the outbox: removing a published event is a change of the document.
     */
    @Test
    void aCopyLoadedBeforeItsEventWasPublishedCannotWriteThatEventBack() {
        Sample sample = sampleWithEvent("stale-copy");
        insertRaw(sample);
        Sample loadedBefore = mongo.findById(sample.id, Sample.class);
        assertThat(loadedBefore.getOutbox()).hasSize(1);

        assertThat(relay.publishPending("samples", sample.id)).isEqualTo(1);
        loadedBefore.applied++;

        assertThatThrownBy(() -> mongo.save(loadedBefore)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(recordsFor(sample.id, Duration.ofSeconds(3))).hasSize(1);
        Sample stored = mongo.findById(sample.id, Sample.class);
        assertThat(stored.getOutbox()).isEmpty();
        assertThat(stored.getVersion()).isEqualTo(1L);
    }

    @Test
    void aRedeliveredEventIsAppliedOnceEvenConcurrently() throws Exception {
        Sample sample = sampleWithEvent("consumer");
        mongo.insert(sample);
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/test", TYPE.type(), sample.id,
                Instant.now(), "application/json", TYPE.dataschema(), "c-7", null, json.readTree("{}"));

        var pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        Callable<Boolean> apply = () -> consumer.apply(event, Sample.class, sample.id, Sample::new, s -> s.applied++);
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(apply));
        }
        int appliedNow = 0;
        for (Future<Boolean> result : results) {
            appliedNow += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(appliedNow).isEqualTo(1);
        assertThat(mongo.findById(sample.id, Sample.class).applied).isEqualTo(1);
        assertThat(consumer.apply(event, Sample.class, sample.id, Sample::new, s -> s.applied++)).isFalse();
    }

    private void awaitEmptyOutbox(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!mongo.findById(id, Sample.class).getOutbox().isEmpty()) {
            assertThat(System.nanoTime()).as("outbox emptied in time").isLessThan(deadline);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
