package com.estate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    static Path dir;
    static KafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaBroker.start(dir, 0, 0);
        broker.createTopics(Topics.newTopics());
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void picksFreePortsOnLoopback() {
        assertThat(broker.port()).isPositive().isNotEqualTo(broker.controllerPort());
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
    }

    @Test
    void everyTopicExistsWithItsDeadLetterTwinAndThreePartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.names()).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            assertThat(topics.keySet()).contains("resident.events", "resident.events.DLT",
                    "notification.requests", "notification.requests.DLT").hasSize(12);
            assertThat(topics.values()).allSatisfy(t -> {
                assertThat(t.partitions()).hasSize(3);
                assertThat(t.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(1));
            });
        }
    }

    @Test
    void refusesASecondBrokerOnTheSameDirectoryOrPort() {
        assertThatThrownBy(() -> KafkaBroker.start(dir, 0, 0)).isInstanceOf(StartupException.class);
        assertThatThrownBy(() -> KafkaBroker.start(dir.resolve("other"), broker.port(), 0))
                .isInstanceOf(StartupException.class).hasMessageContaining("in use");
    }

    @Test
    void creatingTopicsAgainIsANoOp() {
        assertThat(broker.createTopics(Topics.newTopics())).isEmpty();
    }

    @Test
    void aRecordRoundTrips() throws Exception {
        KafkaRecords.send(broker.bootstrapServers(), Topics.WORKORDER_EVENTS, "wo-1", "{\"hello\":1}");

        var records = KafkaRecords.read(broker.bootstrapServers(), Topics.WORKORDER_EVENTS, 1, Duration.ofSeconds(20));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("wo-1");
            assertThat(r.value()).isEqualTo("{\"hello\":1}");
        });
    }
}
