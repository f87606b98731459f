package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.estate.local.Topics;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

class SharedInfrastructureTest {

    final SharedInfrastructure infra = SharedInfrastructure.get();

    @Test
    void isOnePerJvmAndEmbeddedWithoutDocker() {
        assertThat(SharedInfrastructure.get()).isSameAs(infra);
        assertThat(infra.kafkaBootstrapServers()).startsWith("127.0.0.1:");
        assertThat(infra.mongoUri()).startsWith("mongodb://127.0.0.1:");
        if (!InfrastructureMode.dockerAvailable()) {
            assertThat(infra.usesContainers()).isFalse();
        }
    }

    @Test
    void kafkaRoundTripWithHeaders() {
        String key = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(Topics.RESIDENT_EVENTS, key, "{\"type\":\"test\"}",
                    Map.of("content-type", "application/cloudevents+json"));

            var record = kafka.await(Topics.RESIDENT_EVENTS, r -> key.equals(r.key()), Duration.ofSeconds(20));

            assertThat(record.value()).isEqualTo("{\"type\":\"test\"}");
            assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/cloudevents+json");
            assertThat(KafkaTestClient.header(record, "missing")).isNull();
            assertThat(kafka.readAll(Topics.RESIDENT_EVENTS, Duration.ofSeconds(10)))
                    .anySatisfy(r -> assertThat(r.key()).isEqualTo(key));
        }
    }

    @Test
    void deadLetterTopicsExistAndCanBeRead() {
        String key = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(Topics.dlt(Topics.BILLING_EVENTS), key, "not json");

            assertThat(kafka.readAll(Topics.dlt(Topics.BILLING_EVENTS), Duration.ofSeconds(10)))
                    .filteredOn(r -> key.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("not json"));
        }
    }

    @Test
    void awaitFailsWithWhatItSaw() {
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(Topics.ACTIVITY_EVENTS, "seen-key", "seen-value");

            assertThatThrownBy(() -> kafka.await(Topics.ACTIVITY_EVENTS, r -> false, Duration.ofMillis(1500)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("seen-value");
            assertThatThrownBy(() -> kafka.readAll("no.such.topic", Duration.ofSeconds(2)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void mongoInsertAndFind() {
        try (MongoClient client = MongoClients.create(infra.mongoUri())) {
            var units = client.getDatabase("resident").getCollection("units");
            String id = UUID.randomUUID().toString();
            units.insertOne(new Document("_id", id).append("building", "B1"));

            Document found = units.find(Filters.eq("_id", id)).first();

            assertThat(found).isNotNull();
            assertThat(found.getString("building")).isEqualTo("B1");
        }
    }
}
