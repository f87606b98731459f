package com.estate.gateway.residents;

import java.time.Duration;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.EventReader;

/**
 * Provisions and disables resident log-ins from resident-service's events on {@code resident.events}
 * (consumer group {@code gateway}), read and checked against their contracts by the platform's deserializer, as in
 * the services. Other event types on the topic are ignored. Runs on the listener thread, so
 * it waits for the database write: the offset is committed only after the change is stored. A write that fails
 * or takes longer than {@link #WRITE_TIMEOUT} is a transient failure, retried by the error handler until the
 * database answers (see {@link ResidentEventsConfiguration}).
 */
@Component
@ConditionalOnBuiltInIssuer
class ResidentEventListener {

    /** Bounds one attempt, so that a container stop never waits long for a database that does not answer. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final ResidentAccounts accounts;
    private final EventReader reader;

    ResidentEventListener(ResidentAccounts accounts, EventReader reader) {
        this.accounts = accounts;
        this.reader = reader;
    }

    // idIsGroup = false: the group is spring.kafka.consumer.group-id (gateway), not the listener id
    @KafkaListener(id = "gateway-resident-accounts", idIsGroup = false,
            topics = "${app.residents.topic:resident.events}")
    void on(CloudEvent received) {
        ResidentEvent event = ResidentEvent.from(received, reader);
        if (event != null) {
            // timeout(): a TimeoutException, which the error handler counts as transient, and the write is cancelled
            accounts.apply(event).timeout(WRITE_TIMEOUT).block();
        }
    }
}
