package com.estate.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the services publish while a benchmark runs, as a partner service would, but without a consumer group
 * (every partition assigned, from its end as of {@link #start}, nothing committed), so it neither joins nor delays
 * the services' own groups. Each record's CloudEvent envelope is parsed and handed to the handler with the record's
 * timestamp: the producer's create time, i.e. when the publishing relay sent it.
 */
final class EventTap implements AutoCloseable {

    /** One published event as the tap saw it. */
    record Seen(String topic, Instant published, String id, String type, String source, String communityId,
            JsonNode data) {
    }

    @FunctionalInterface
    interface Handler {
        void seen(Seen event);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final Handler handler;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong unreadable = new AtomicLong();
    private Thread thread;

    EventTap(String bootstrap, List<String> topics, Handler handler) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        // the tap's own delay must not show in the figures it reads: return a fetch as soon as anything arrived
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        this.consumer = new KafkaConsumer<>(config);
        this.handler = handler;
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the benchmark publishes anything
    }

    /** Starts reading on a thread of its own. */
    EventTap start() {
        thread = Thread.ofPlatform().daemon().name("event-tap").start(() -> {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Seen seen = parse(record);
                    if (seen != null) {
                        handler.seen(seen);
                    }
                }
            }
        });
        return this;
    }

    /** Records whose value was not a CloudEvent (none are expected: the services' consumers would dead-letter them). */
    long unreadable() {
        return unreadable.get();
    }

    private Seen parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = JSON.readTree(record.value());
            return new Seen(record.topic(), Instant.ofEpochMilli(record.timestamp()), event.path("id").asString(),
                    event.path("type").asString(), event.path("source").asString(),
                    event.path("communityid").asString(), event.path("data"));
        } catch (RuntimeException e) {
            unreadable.incrementAndGet();
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        if (thread != null) {
            thread.join(5_000);
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
