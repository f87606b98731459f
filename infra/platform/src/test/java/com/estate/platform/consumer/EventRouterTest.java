package com.estate.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.Sample;
import com.estate.platform.testapp.SampleRecordingHandler;
import com.estate.platform.testapp.SampleRoutedHandler;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A handler declares the type it handles and nothing else: the platform routes events to it by their CloudEvents
 * type, skips the others on the topic, applies each once however often it arrives, and dead-letters a broken one.
 */
@SpringBootTest(classes = PlatformTestApp.class, properties = "app.outbox.poller-enabled=false")
@WithSharedInfrastructure
class EventRouterTest {

    private static final String TOPIC = SampleRoutedHandler.ROUTED.topic();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SampleRecordingHandler recordingHandler;

    final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anEventOfTheHandlersTypeIsAppliedOnceHoweverOftenItArrivesAndOthersAreSkipped() {
        String sampleId = "sample-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        kafka.send(TOPIC, sampleId, event(SampleRoutedHandler.ROUTED.type(), eventId, sampleId));
        kafka.send(TOPIC, sampleId, event(SampleRoutedHandler.ROUTED.type(), eventId, sampleId));
        kafka.send(TOPIC, sampleId, event("com.estate.test.sample.unrelated.v1", UUID.randomUUID().toString(),
                sampleId));

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(sampleId, Sample.class) != null);
        kafka.awaitConsumed("platform-test", TOPIC, Duration.ofSeconds(30));
        Sample sample = mongo.findById(sampleId, Sample.class);
        assertThat(sample.applied).isEqualTo(1);
        assertThat(sample.hasProcessed(eventId)).isTrue();

        String secondEvent = UUID.randomUUID().toString();
        kafka.send(TOPIC, sampleId, event(SampleRoutedHandler.ROUTED.type(), secondEvent, sampleId));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(sampleId, Sample.class).applied == 2);
    }

    @Test
    void anEventTheHandlerSaysDoesNotConcernItTouchesNoDocument() {
        String unconcerned = "unconcerned-" + UUID.randomUUID();
        String concerned = "sample-" + UUID.randomUUID();
        kafka.send(TOPIC, unconcerned, event(SampleRoutedHandler.ROUTED.type(), UUID.randomUUID().toString(),
                unconcerned));
        kafka.send(TOPIC, concerned, event(SampleRoutedHandler.ROUTED.type(), UUID.randomUUID().toString(),
                concerned));

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(concerned, Sample.class) != null);
        kafka.awaitConsumed("platform-test", TOPIC, Duration.ofSeconds(30));
        assertThat(mongo.findById(unconcerned, Sample.class)).isNull();
    }

    @Test
    void anEventWhoseEffectIsANewRecordCreatesItOnceAndHandsTheStoredRecordOnEveryDelivery() {
        String name = "recorded-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = event(SampleRecordingHandler.RECORDED.type(), eventId, name)
                .replace("\"sampleId\":", "\"name\":");
        kafka.send(TOPIC, name, event);
        kafka.send(TOPIC, name, event);

        String id = DerivedIds.of("sample-recorded", eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> recordingHandler.stored.stream()
                .filter(sample -> sample.id.equals(id)).count() == 2);
        Sample record = mongo.findById(id, Sample.class);
        assertThat(record.name).isEqualTo(name);
        assertThat(mongo.count(query(where("name").is(name)), Sample.class)).isOne();
        // the redelivery built another copy (another random number) but was handed the one stored first
        assertThat(recordingHandler.stored).filteredOn(sample -> sample.id.equals(id))
                .extracting(sample -> sample.applied).containsExactly(record.applied, record.applied);
    }

    @Test
    void anEventOfTheHandlersTypeWithoutItsDataGoesToTheDeadLetterTopic() {
        String key = "broken-" + UUID.randomUUID();
        kafka.send(TOPIC, key, """
            {"specversion":"1.0","id":"%s","source":"/platform-test","type":"%s","subject":"%s",
             "time":"2026-11-26T08:00:00Z","datacontenttype":"application/json"}
            """.formatted(UUID.randomUUID(), SampleRoutedHandler.ROUTED.type(), key));

        ConsumerRecord<String, String> dead = kafka.await(TOPIC + ".DLT", r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        // read strictly (CloudEventReader): no handler sees it; the record is dead-lettered as unreadable
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-exception-fqcn") + " "
                + KafkaTestClient.header(dead, "kafka_dlt-exception-cause-fqcn")).contains("DeserializationException");
        assertThat(KafkaTestClient.deadLetterReason(dead)).contains("InvalidEventException", "breaks its contract");
    }

    @Test
    void aRecordWhoseTypeHeaderNamesATypeNoHandlerTakesIsPassedOverUnread() {
        String key = "foreign-" + UUID.randomUUID();
        // not even JSON: were it read, it would be dead-lettered like the broken event above
        kafka.send(TOPIC, key, "not an event", Map.of(CloudEvent.TYPE_HEADER, "com.estate.test.sample.unrelated.v1"));
        kafka.send(TOPIC, key, event(SampleRoutedHandler.ROUTED.type(), UUID.randomUUID().toString(), key),
                Map.of(CloudEvent.TYPE_HEADER, SampleRoutedHandler.ROUTED.type()));

        // the same key, so the same partition, in order: the routed event behind it was applied
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(key, Sample.class) != null);
        kafka.awaitConsumed("platform-test", TOPIC, Duration.ofSeconds(30));
        assertThat(kafka.readAll(TOPIC + ".DLT", Duration.ofSeconds(5))).noneMatch(r -> key.equals(r.key()));
    }

    private static String event(String type, String id, String subject) {
        return """
            {"specversion":"1.0","id":"%s","source":"/platform-test","type":"%s","subject":"%s",
             "time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:%s","communityid":"c-1","data":{"sampleId":"%s","extra":"ignored"}}
            """.formatted(id, type, subject, type, subject);
    }
}
