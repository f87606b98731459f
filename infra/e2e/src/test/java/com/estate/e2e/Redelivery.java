package com.estate.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Delivers a record a service really published a second time, as a broker or a relay retry may: finds it on the
 * suite's broker among the records published after a mark, publishes it again unchanged (topic, partition, key,
 * value with its CloudEvents id, headers), and waits until a consumer group has read past it.
 */
final class Redelivery implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;

    Redelivery(E2eSettings settings) {
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-redelivery-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()));
    }

    /** Where the topic's partitions end now: what is published after is found from here. */
    Map<TopicPartition, Long> mark(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        return consumer.endOffsets(partitions, Duration.ofSeconds(15));
    }

    /** The first record published after the mark that matches, waiting for it as long as journeys wait. */
    ConsumerRecord<String, String> find(Map<TopicPartition, Long> mark, Predicate<ConsumerRecord<String, String>> match) {
        consumer.assign(mark.keySet());
        mark.forEach(consumer::seek);
        Instant until = Instant.now().plus(Eventually.TIMEOUT);
        while (Instant.now().isBefore(until)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (match.test(record)) {
                    return record;
                }
            }
        }
        throw new AssertionError("no matching record on " + mark.keySet() + " within " + Eventually.TIMEOUT);
    }

    /** Publishes the record again exactly as it was; answers where it landed. */
    RecordMetadata republish(ConsumerRecord<String, String> record) {
        var again = new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                record.headers());
        try {
            return producer.send(again).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing again on " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the suite's broker did not take the record again", e);
        }
    }

    /** Waits until the consumer group has committed past the record: it has been handled. */
    void awaitHandled(String group, RecordMetadata published) {
        TopicPartition partition = new TopicPartition(published.topic(), published.partition());
        Eventually.until("consumer group " + group + " past " + partition + "@" + published.offset(),
                () -> committed(group).get(partition), offset -> offset != null && offset > published.offset());
    }

    /** Waits until the consumer group has committed past a record a service published: it has been handled. */
    void awaitHandled(String group, ConsumerRecord<?, ?> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Eventually.until("consumer group " + group + " past " + partition + "@" + record.offset(),
                () -> committed(group).get(partition), offset -> offset != null && offset > record.offset());
    }

    private Map<TopicPartition, Long> committed(String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS)
                    .entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the offsets of " + group, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no offsets of " + group + " from the suite's broker", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
        admin.close();
    }
}
