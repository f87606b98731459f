package com.estate.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a service announced on the suite's broker, as an outside consumer would: a topic from its first offset
 * to its end offsets of the moment, without a consumer group (nothing committed, nobody's offsets moved).
 */
final class TopicEvents {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration READ_FOR_AT_MOST = Duration.ofSeconds(15);

    private TopicEvents() {
    }

    /** Every CloudEvent of {@code type} on {@code topic} keyed by {@code key}, in the order published. */
    static List<JsonNode> keyed(E2eSettings settings, String topic, String key, String type) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<JsonNode> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_FOR_AT_MOST.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && record.value().contains(type)) {
                        JsonNode event = JSON.readTree(record.value());
                        if (type.equals(event.path("type").asString())) {
                            found.add(event);
                        }
                    }
                }
            }
        }
        return found;
    }
}
