package com.estate.resident.timeline;

import com.estate.contracts.ContractValidator;
import com.estate.testsupport.KafkaTestClient;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes other services' events as their contracts in infra/contracts describe them, each checked against its
 * schema before it is sent (a consumer test that publishes what no producer could would prove nothing).
 */
final class PartnerEventsForTests {

    private final KafkaTestClient kafka;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ContractValidator contracts = new ContractValidator();

    PartnerEventsForTests(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    /** A CloudEvent of {@code type} with this data, schema-valid; not sent. */
    String event(String id, String type, String source, String subject, String communityId, String dataJson) {
        ObjectNode event = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", source)
                .put("type", type)
                .put("subject", subject)
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json")
                .put("dataschema", ContractValidator.dataschemaOf(type))
                .put("communityid", communityId);
        event.set("data", json.readTree(dataJson));
        String text = json.writeValueAsString(event);
        contracts.assertValid(text);
        return text;
    }

    /** Sends an event built by {@link #event}, keyed by its subject as the producer's outbox keys it. */
    String send(String topic, String event) {
        String subject = json.readTree(event).path("subject").asString();
        kafka.send(topic, subject, event);
        return event;
    }

    String publish(String topic, String type, String source, String subject, String communityId, String dataJson) {
        return send(topic, event(UUID.randomUUID().toString(), type, source, subject, communityId, dataJson));
    }
}
