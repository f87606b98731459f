package com.estate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** One scenario, because every runtime start costs seconds: write, restart and read, then reset. */
class LocalRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void keepsDataAcrossRestartsAndResetWipesIt() throws Exception {
        String clusterId;
        try (LocalRuntime runtime = LocalRuntime.start(options())) {
            assertThat(Files.readString(dir.resolve("ready")).trim()).isEqualTo(runtime.readyLine())
                    .startsWith("READY kafka=127.0.0.1:").contains(" mongo=mongodb://127.0.0.1:");
            clusterId = runtime.kafka().clusterId();
            KafkaRecords.send(runtime.kafka().bootstrapServers(), Topics.BILLING_EVENTS, "bill-1", "paid");
            insertBill(runtime);
        }
        assertThat(dir.resolve("ready")).doesNotExist();

        try (LocalRuntime runtime = LocalRuntime.start(options())) {
            // a second runtime on the same directory is refused before it touches anything
            assertThatThrownBy(() -> LocalRuntime.start(options("--reset"))).isInstanceOf(StartupException.class)
                    .hasMessageContaining("in use");
            assertThat(dir.resolve("ready")).exists();
            assertThat(runtime.kafka().clusterId()).isEqualTo(clusterId);
            assertThat(runtime.kafka().createTopics(Topics.newTopics())).isEmpty();
            assertThat(KafkaRecords.read(runtime.kafka().bootstrapServers(), Topics.BILLING_EVENTS, 1, Duration.ofSeconds(20)))
                    .singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("paid"));
            assertThat(countBills(runtime)).isEqualTo(1);
        }

        try (LocalRuntime runtime = LocalRuntime.start(options("--reset"))) {
            assertThat(runtime.kafka().clusterId()).isNotEqualTo(clusterId);
            assertThat(KafkaRecords.read(runtime.kafka().bootstrapServers(), Topics.BILLING_EVENTS, 1, Duration.ofSeconds(2)))
                    .isEmpty();
            assertThat(countBills(runtime)).isZero();
        }
    }

    private RuntimeOptions options(String... extra) {
        String[] base = {"--data-dir", dir.toString(), "--kafka-port", "0", "--kafka-controller-port", "0",
                "--mongo-port", "0"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return RuntimeOptions.parse(args);
    }

    private static void insertBill(LocalRuntime runtime) {
        try (MongoClient client = MongoClients.create(runtime.mongo().connectionString())) {
            client.getDatabase("billing").getCollection("bills").insertOne(new Document("_id", "bill-1"));
        }
    }

    private static long countBills(LocalRuntime runtime) {
        try (MongoClient client = MongoClients.create(runtime.mongo().connectionString())) {
            return client.getDatabase("billing").getCollection("bills").countDocuments();
        }
    }
}
