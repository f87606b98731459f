package com.estate.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Kafka clients for checking what a service publishes (and what lands in {@code .DLT} topics) and for
 * feeding it records. Every read uses its own consumer with a unique group id that reads the whole topic from
 * the earliest offset; it never commits, so reads never disturb each other or the services' groups.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final Duration POLL = Duration.ofMillis(100);

    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    /** A client for the shared test broker. */
    public KafkaTestClient() {
        this(SharedInfrastructure.get().kafkaBootstrapServers());
    }

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends and waits for the broker's acknowledgement. A {@code null} value is a tombstone. */
    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    public RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        List<Header> kafkaHeaders = headers.entrySet().stream()
                .<Header>map(h -> new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        try {
            return producer().send(new ProducerRecord<>(topic, null, key, value, kafkaHeaders)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /**
     * Waits for the first record (from the beginning of the topic) that matches and returns it; fails with the
     * records seen if none matched in time.
     */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> predicate,
            Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumerFromBeginning(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            do {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    seen.add(record);
                    if (predicate.test(record)) {
                        return record;
                    }
                }
            } while (System.nanoTime() < deadline);
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout + "; saw " + seen.size()
                + " record(s):" + describe(seen));
    }

    /**
     * Every record in the topic: reads until it has reached the end offsets of the moment of the call, or until
     * the timeout (then returns what it has).
     */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumerFromBeginning(topic)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(seen::add);
            }
        }
        return seen;
    }

    /**
     * Waits until the consumer group has committed offsets at the current end of every partition of the topic,
     * i.e. it has processed everything sent so far. Use it before asserting that a redelivery changed nothing.
     */
    public void awaitConsumed(String groupId, String topic, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
                KafkaConsumer<String, String> consumer = consumerFromBeginning(topic)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<TopicPartition, Long> committed = Map.of();
            while (System.nanoTime() < deadline) {
                committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS).entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, Long> seen = committed;
                if (end.entrySet().stream().allMatch(e -> seen.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
            throw new AssertionError("group " + groupId + " did not consume " + topic + " to " + end + " within "
                    + timeout + "; committed " + committed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of group " + groupId, e);
        }
    }

    /** A header's value as UTF-8, or {@code null} if the record has no such header. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The {@code data} of the CloudEvent in a record, for predicates on its fields rather than on substrings of the
     * record; a record that is no JSON object has none (a missing node).
     */
    public static JsonNode data(ConsumerRecord<?, String> record) {
        try {
            return JSON.readTree(record.value()).path("data");
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    /**
     * Why a record was dead-lettered: the exception chain the error handler wrote, with each cause's message. A record
     * that breaks its contract fails in the deserializer (CloudEventReader), so its top exception is Spring's
     * DeserializationException and the reason is a cause: "InvalidEventException: event ... breaks its contract: ...".
     */
    public static String deadLetterReason(ConsumerRecord<?, ?> record) {
        String trace = header(record, "kafka_dlt-exception-stacktrace");
        return trace == null ? "" : trace;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.CLIENT_ID_CONFIG, "estate-test-producer-" + UUID.randomUUID()),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /**
     * A reader of what is published to {@code topic} from now on: positioned at the current end of every partition
     * before this returns, so a record written by whatever the caller does next is seen, and none from before.
     */
    public Tail tailFromNow(String topic) {
        KafkaConsumer<String, String> consumer = consumerFromBeginning(topic);
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position); // resolves the end offsets now, not at the first poll
        return new Tail(consumer);
    }

    /** Records published after {@link #tailFromNow}, poll by poll. */
    public static final class Tail implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;

        private Tail(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        public List<ConsumerRecord<String, String>> poll() {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            consumer.poll(POLL).forEach(records::add);
            return records;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /**
     * Assigned to every partition rather than subscribed: no group rebalance to wait for, and records written
     * before the call are read too. The group id is unique anyway, so nothing can share its offsets.
     */
    private KafkaConsumer<String, String> consumerFromBeginning(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "estate-test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("topic " + topic + " does not exist on " + bootstrapServers);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return consumer;
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream().limit(20)
                .map(r -> "\n  " + r.partition() + "@" + r.offset() + " key=" + r.key() + " value=" + r.value())
                .collect(Collectors.joining()) + (records.size() > 20 ? "\n  ..." : "");
    }
}
