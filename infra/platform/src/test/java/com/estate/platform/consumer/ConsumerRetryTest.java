package com.estate.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.Sample;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TcpProxy;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a service's listener does when its database goes away: a real outage (the connection to MongoDB cut for
 * longer than the bounded retries last), then recovery. The event waits and is applied once; nothing is
 * dead-lettered. Failures that are not transient still end in the DLT.
 */
@SpringBootTest(classes = {PlatformTestApp.class, ConsumerRetryTest.SampleCounter.class}, properties = {
        "app.outbox.poller-enabled=false",
        // fast retries while the database is away, so the test sees the recovery soon after it happens
        "app.kafka.retry.transient.initial-interval=100ms",
        "app.kafka.retry.transient.max-interval=1s"})
@WithSharedInfrastructure
class ConsumerRetryTest {

    static final String TOPIC = "workorder.events";
    static final String COUNTED = "com.estate.test.sample.counted.v1";
    static final String BROKEN = "com.estate.test.sample.broken.v1";
    static final String GROUP = "platform-retry-test";

    static final TcpProxy MONGO = TcpProxy.inFrontOfMongo(SharedInfrastructure.get().mongoUri());

    @DynamicPropertySource
    static void mongoThroughTheProxy(DynamicPropertyRegistry registry) {
        // a short server selection: each attempt during the outage fails within a second instead of 30
        registry.add("spring.mongodb.uri", () -> MONGO.mongoUri("serverSelectionTimeoutMS=1000",
                "connectTimeoutMS=1000"));
    }

    @Autowired
    MongoTemplate mongo;

    final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());

    /** The proxy stays up for the cached context; a failed test must not leave the database away. */
    @AfterEach
    void databaseBack() {
        MONGO.restore();
        kafka.close();
    }

    @Test
    void anEventWaitsOutADatabaseOutageLongerThanTheBoundedRetriesAndIsAppliedOnce() {
        String sampleId = "sample-" + UUID.randomUUID();
        MONGO.cut();
        kafka.send(TOPIC, sampleId, event(COUNTED, UUID.randomUUID().toString(), sampleId));

        // The bounded retries of other failures (4, about 3 s, plus a second per failed attempt) would have given
        // up well within this time.
        await("nothing dead-lettered while the database is away").during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettered(sampleId).isEmpty());
        MONGO.restore();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Sample sample = mongo.findById(sampleId, Sample.class);
            assertThat(sample).isNotNull();
            assertThat(sample.applied).isEqualTo(1);
        });
        kafka.awaitConsumed(GROUP, TOPIC, Duration.ofSeconds(30));
        assertThat(mongo.findById(sampleId, Sample.class).applied).isEqualTo(1);
        assertThat(deadLettered(sampleId)).isEmpty();
    }

    @Test
    void aFailureThatIsNotTransientIsDeadLetteredAfterTheBoundedRetries() {
        String sampleId = "sample-" + UUID.randomUUID();
        kafka.send(TOPIC, sampleId, event(BROKEN, UUID.randomUUID().toString(), sampleId));

        ConsumerRecord<String, String> dead = kafka.await(TOPIC + ".DLT", r -> sampleId.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(IllegalStateException.class.getName());
    }

    private List<ConsumerRecord<String, String>> deadLettered(String key) {
        return kafka.readAll(TOPIC + ".DLT", Duration.ofSeconds(5)).stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String event(String type, String id, String subject) {
        return """
            {"specversion":"1.0","id":"%s","source":"/platform-test","type":"%s","subject":"%s",
             "time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:%s","communityid":"c-1","data":{"sampleId":"%s"}}
            """.formatted(id, type, subject, type, subject);
    }

    /** Counts each sample event once, through the platform's idempotent consumer; fails on "broken" ones. */
    @Component
    static class SampleCounter {

        private final IdempotentConsumer consumer;

        SampleCounter(IdempotentConsumer consumer) {
            this.consumer = consumer;
        }

        @KafkaListener(id = GROUP, topics = TOPIC)
        void on(CloudEvent event) {
            if (BROKEN.equals(event.type())) {
                throw new IllegalStateException("a bug in the listener");
            }
            if (COUNTED.equals(event.type())) {
                consumer.apply(event, Sample.class, event.subject(), () -> {
                    Sample sample = new Sample();
                    sample.id = event.subject();
                    sample.name = "counted-" + event.subject();
                    return sample;
                }, sample -> sample.applied++);
            }
        }
    }
}
