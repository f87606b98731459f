package com.estate.gateway.residents;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/**
 * Provisions and disables resident log-ins from resident-service's events on {@code resident.events}
 * (consumer group {@code gateway}). Other event types on the topic are ignored. Runs on the listener thread, so
 * it waits for the database write: the offset is committed only after the change is stored.
 */
@Component
@ConditionalOnBuiltInIssuer
class ResidentEventListener {

    private static final Logger log = LoggerFactory.getLogger(ResidentEventListener.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final ResidentAccounts accounts;

    ResidentEventListener(ResidentAccounts accounts) {
        this.accounts = accounts;
    }

    // idIsGroup = false: the group is spring.kafka.consumer.group-id (gateway), not the listener id
    @KafkaListener(id = "gateway-resident-accounts", idIsGroup = false,
            topics = "${app.residents.topic:resident.events}")
    void on(ConsumerRecord<String, String> record) {
        ResidentEvent event;
        try {
            event = ResidentEvent.parse(record.value());
        } catch (MalformedResidentEventException e) {
            log.warn("Malformed record on {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), e.getMessage());
            throw e;
        }
        if (event != null) {
            accounts.apply(event).block(WRITE_TIMEOUT);
        }
    }
}
