package com.estate.contracts;

import java.time.Instant;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CloudEvents of the types the contracts describe, built as a producer's outbox writes them and checked against
 * the contract before they are handed out: what a consumer's test or an end-to-end journey publishes when it plays
 * a producer (a consumer test that publishes what no producer could would prove nothing).
 */
public final class ContractEvents {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final ContractValidator validator = new ContractValidator();

    /**
     * The event as JSON text, with {@code time} now and the {@code dataschema} of its type.
     *
     * @param source the producer's CloudEvents source, e.g. {@code /billing-service}
     * @param data   the event's data: JSON text, or an object (a map) written as JSON
     * @throws AssertionError listing every violation when the event does not honour its contract
     */
    public String of(String id, String type, String source, String subject, String communityId, Object data) {
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
        event.set("data", data instanceof String text ? json.readTree(text) : json.valueToTree(data));
        String text = json.writeValueAsString(event);
        validator.assertValid(text);
        return text;
    }
}
