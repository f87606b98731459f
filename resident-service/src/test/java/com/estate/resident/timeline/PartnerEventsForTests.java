package com.estate.resident.timeline;

import com.estate.contracts.ContractEvents;
import com.estate.testsupport.KafkaTestClient;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Publishes other services' events as their contracts in infra/contracts describe them, each checked first. */
final class PartnerEventsForTests {

    private final KafkaTestClient kafka;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ContractEvents events = new ContractEvents();

    PartnerEventsForTests(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    /** A schema-valid CloudEvent of {@code type} with this data (JSON text); not sent. */
    String event(String id, String type, String source, String subject, String communityId, String dataJson) {
        return events.of(id, type, source, subject, communityId, dataJson);
    }

    /** Sends an event built by {@link #event}, keyed by its subject as the producer's outbox keys it. */
    String send(String topic, String event) {
        kafka.send(topic, json.readTree(event).path("subject").asString(), event);
        return event;
    }

    String publish(String topic, String type, String source, String subject, String communityId, String dataJson) {
        return send(topic, event(UUID.randomUUID().toString(), type, source, subject, communityId, dataJson));
    }
}
