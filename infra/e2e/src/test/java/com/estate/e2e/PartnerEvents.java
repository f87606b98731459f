package com.estate.e2e;

import com.estate.contracts.ContractEvents;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays a partner service that is not built yet (billing answering a move-in's fees, workorder-service reporting a
 * defect fixed): publishes the event it will publish, on the suite's broker, exactly as its contract in
 * infra/contracts says, validated before it is sent. Once the partner is built, its journey drives the real one and
 * this stays for nothing else.
 */
final class PartnerEvents implements AutoCloseable {

    private final ContractEvents events = new ContractEvents();
    private final KafkaProducer<String, String> producer;

    PartnerEvents(E2eSettings settings) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /**
     * Publishes one CloudEvent keyed by {@code subject} and returns its id.
     *
     * @param source the partner's CloudEvents source, e.g. {@code /billing-service}
     * @param data   the event's data, as its schema describes it
     */
    String publish(String topic, String source, String type, String subject, String communityId,
            Map<String, ?> data) {
        String id = UUID.randomUUID().toString();
        String text = events.of(id, type, source, subject, communityId, data);
        try {
            producer.send(new ProducerRecord<>(topic, subject, text)).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing " + type, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the suite's broker did not take " + type + " on " + topic, e);
        }
        return id;
    }

    @Override
    public void close() {
        producer.close();
    }
}
