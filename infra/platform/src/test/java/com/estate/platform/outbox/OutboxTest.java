package com.estate.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.consumer.IdempotentConsumer;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.Sample;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.WithSharedInfrastructure;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = PlatformTestApp.class, properties = {"app.outbox.poll-grace=0s",
        "app.outbox.poller-enabled=false"})
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

        awaitEmptyOutbox(sample.id);
    }

    @Test
    void aWriteWhosePublisherDiedIsPublishedOnceByThePoller() {
        Sample sample = sampleWithEvent("crashed");
        // Written straight through the driver: the state change and its event are stored, but no publisher ran,
        // exactly as when the process dies between the write and the publication.
        org.bson.Document raw = new org.bson.Document();
        converter.write(sample, raw);
        mongo.getCollection("samples").insertOne(raw);
        assertThat(recordsFor(sample.id, Duration.ofSeconds(1))).isEmpty();

        assertThat(poller.pollOnce()).isGreaterThanOrEqualTo(1);
        assertThat(poller.pollOnce()).isZero();

        assertThat(recordsFor(sample.id, Duration.ofSeconds(3))).hasSize(1);
        awaitEmptyOutbox(sample.id);
    }

    /**
     * A read-modify-save that loaded the document while its event was pending (a listener, a command) must not
     * write the published event back into the outbox: removing a published event is a change of the document.
     */
    @Test
    void aCopyLoadedBeforeItsEventWasPublishedCannotWriteThatEventBack() {
        Sample sample = sampleWithEvent("stale-copy");
        sample.setVersion(0L);
        org.bson.Document raw = new org.bson.Document();
        converter.write(sample, raw);
        mongo.getCollection("samples").insertOne(raw);
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
