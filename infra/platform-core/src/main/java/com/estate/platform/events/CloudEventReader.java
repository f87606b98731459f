package com.estate.platform.events;

import com.estate.contracts.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a received record into a {@link CloudEvent}, strictly: the value must be a JSON object that honours the
 * CloudEvents envelope of infra/contracts, and its {@code data} the schema of its type when there is one. Anything
 * else is an {@link InvalidEventException}, which can never be applied: the record goes to the dead-letter topic at
 * once, and no handler sees half an event. The gateway and every service read their records through it
 * ({@link CloudEventDeserializer}), so a consumer's own data record only names the fields it uses.
 */
public final class CloudEventReader {

    /** Enough to see what is wrong without copying a whole broken record into a header or a log line. */
    private static final int VIOLATIONS_SHOWN = 3;

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ContractValidator contracts = new ContractValidator();

    public CloudEvent read(byte[] value) {
        if (value == null) {
            throw new InvalidEventException("the record has no value", false);
        }
        return read(new String(value, StandardCharsets.UTF_8));
    }

    public CloudEvent read(String value) {
        if (value == null) {
            throw new InvalidEventException("the record has no value", false);
        }
        JsonNode event;
        try {
            event = json.readTree(value);
        } catch (JacksonException e) {
            throw new InvalidEventException("the record's value is not JSON", false);
        }
        if (event == null || !event.isObject()) {
            throw new InvalidEventException("the record's value is not a JSON object", false);
        }
        List<String> violations = contracts.receivedViolations(event);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("event " + event.path("id").asString("(no id)") + " of type "
                    + event.path("type").asString("(no type)") + " breaks its contract: "
                    + String.join("; ", violations.subList(0, Math.min(VIOLATIONS_SHOWN, violations.size())))
                    + (violations.size() > VIOLATIONS_SHOWN ? "; ..." : ""), false);
        }
        try {
            return json.treeToValue(event, CloudEvent.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.path("id").asString() + " cannot be read", false);
        }
    }
}
