package com.estate.gateway.residents;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.pii.PiiMasks;

/**
 * Provisions and disables resident log-ins from resident-service's events on {@code resident.events}
 * (consumer group {@code gateway}). Other event types on the topic are ignored. Runs on the listener thread, so
 * it waits for the database write: the offset is committed only after the change is stored. A write that fails
 * or takes longer than {@link #WRITE_TIMEOUT} is a transient failure, retried by the error handler until the
 * database answers (see {@link ResidentEventsConfiguration}).
 */
@Component
@ConditionalOnBuiltInIssuer
class ResidentEventListener {

    private static final Logger log = LoggerFactory.getLogger(ResidentEventListener.class);
    /** Bounds one attempt, so that a container stop never waits long for a database that does not answer. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

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
            // The key is the resident id, but a broken producer could have put anything there, a phone included.
            log.warn("Malformed record on {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    PiiMasks.maskNumbersIn(record.key()), e.getMessage());
            throw e;
        }
        if (event != null) {
            // timeout(): a TimeoutException, which the error handler counts as transient, and the write is cancelled
            accounts.apply(event).timeout(WRITE_TIMEOUT).block();
        }
    }
}
