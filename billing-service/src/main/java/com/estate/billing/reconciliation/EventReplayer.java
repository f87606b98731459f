package com.estate.billing.reconciliation;

import com.estate.billing.reconciliation.domain.Replay;
import com.estate.platform.money.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the reconciliation's topics from their first offset up to the end offsets of the moment it starts, in its
 * own consumer group, and feeds every event of the types it knows into a {@link Replay}. A record that is not a
 * readable event of those types (a poison record, a broken event another service's DLT holds) is counted and
 * skipped: the reconciliation reports on billing, it never stops on someone else's bad record.
 */
@Component
class EventReplayer {

    /** What one replay read. */
    record Result(Replay replay, List<ReconciliationReport.Position> upTo, long recordsRead, long unreadable) {
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final ReconciliationProperties properties;
    private final JsonMapper json;

    EventReplayer(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            ReconciliationProperties properties, JsonMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.properties = properties;
        this.json = json;
    }

    Result replay() {
        Replay replay = new Replay();
        long read = 0;
        long unreadable = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : properties.topics()) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + properties.readTimeout().toNanos();
            while (!reachedEnd(consumer, partitions, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics were not read to their end within "
                            + properties.readTimeout());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // published after the run started: the next run reads it
                    }
                    read++;
                    if (!apply(replay, record.value())) {
                        unreadable++;
                    }
                }
            }
            Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
            end.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(commit);
            List<ReconciliationReport.Position> upTo = partitions.stream()
                    .map(p -> new ReconciliationReport.Position(p.topic(), p.partition(), end.get(p)))
                    .sorted(java.util.Comparator.comparing(ReconciliationReport.Position::topic)
                            .thenComparing(ReconciliationReport.Position::partition))
                    .toList();
            return new Result(replay, upTo, read, unreadable);
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    /** @return false if the record is not a readable event (its type unknown to it is fine: skipped, true) */
    private boolean apply(Replay replay, String value) {
        JsonNode event;
        try {
            event = json.readTree(value);
        } catch (RuntimeException unreadableJson) {
            return false;
        }
        String id = text(event, "id");
        String type = text(event, "type");
        JsonNode data = event.path("data");
        if (id == null || type == null || !data.isObject()) {
            return false;
        }
        try {
            switch (type) {
                case "com.estate.billing.account.opened.v1" ->
                        replay.accountOpened(id, required(data, "accountId"), required(data, "communityId"));
                case "com.estate.billing.bill.issued.v1" -> {
                    List<String> chargeIds = new ArrayList<>();
                    data.path("lines").forEach(line -> {
                        if (text(line, "chargeId") != null) {
                            chargeIds.add(text(line, "chargeId"));
                        }
                    });
                    replay.billIssued(id, required(data, "billId"), required(data, "accountId"),
                            required(data, "communityId"), Money.yuan(required(data, "total")), chargeIds);
                }
                case "com.estate.billing.bill.voided.v1" -> replay.billVoided(id, required(data, "billId"),
                        required(data, "accountId"), required(data, "communityId"),
                        Money.yuan(required(data, "total")));
                case "com.estate.billing.charge.posted.v1" -> replay.chargePosted(id, required(data, "chargeId"),
                        required(data, "accountId"), required(data, "communityId"));
                case "com.estate.billing.payment.received.v1" -> replay.paymentReceived(id,
                        required(data, "paymentId"), required(data, "accountId"), required(data, "communityId"),
                        Money.yuan(required(data, "amount")));
                case "com.estate.billing.refund.completed.v1" -> replay.refundCompleted(id,
                        required(data, "refundId"), required(data, "accountId"), required(data, "communityId"),
                        Money.yuan(required(data, "amount")));
                case "com.estate.resident.charge.requested.v1", "com.estate.workorder.charge.requested.v1" ->
                        replay.chargeRequested(id, required(data, "chargeId"), required(data, "unitId"),
                                required(data, "communityId"));
                default -> {
                    // another type on the same topics: nothing billing owes depends on it
                }
            }
            return true;
        } catch (IllegalArgumentException | NullPointerException broken) {
            return false;
        }
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupId());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
