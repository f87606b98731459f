package com.estate.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a published record against the contracts: the CloudEvents envelope first, then the {@code data}
 * against the JSON Schema of its {@code type}. Producers call it in their tests on what they really sent.
 */
public final class ContractValidator {

    private static final String ROOT = "contracts/";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));
    private final Schema envelope = load("cloudevent.schema.json");
    private final Map<String, Schema> dataSchemas = new ConcurrentHashMap<>();

    /** Every violation, as readable lines; empty when the event honours its contract. */
    public List<String> violations(String cloudEventJson) {
        JsonNode event;
        try {
            event = json.readTree(cloudEventJson);
        } catch (RuntimeException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>(describe("envelope", envelope.validate(event)));
        String type = event.path("type").asString("");
        if (!hasSchemaFor(type)) {
            problems.add("no schema in infra/contracts for event type '" + type + "'");
            return problems;
        }
        if (!event.path("dataschema").asString("").equals(dataschemaOf(type))) {
            problems.add("dataschema must be " + dataschemaOf(type));
        }
        problems.addAll(describe("data", schemaFor(type).validate(event.path("data"))));
        return problems;
    }

    /**
     * What a consumer checks on an event it received: the envelope, and the {@code data} against its type's schema
     * when infra/contracts has one (a type it does not know is not its business: it skips it).
     */
    public List<String> receivedViolations(JsonNode event) {
        List<String> problems = new ArrayList<>(describe("envelope", envelope.validate(event)));
        String type = event.path("type").asString("");
        if (problems.isEmpty() && hasSchemaFor(type)) {
            problems.addAll(describe("data", schemaFor(type).validate(event.path("data"))));
        }
        return problems;
    }

    /** Throws with every violation listed when the event does not honour its contract. */
    public void assertValid(String cloudEventJson) {
        List<String> problems = violations(cloudEventJson);
        if (!problems.isEmpty()) {
            throw new AssertionError("event violates its contract: " + problems + "\n" + cloudEventJson);
        }
    }

    public static boolean hasSchemaFor(String type) {
        return ContractValidator.class.getClassLoader().getResource(ROOT + "events/" + type + ".json") != null;
    }

    /** The {@code dataschema} attribute that events of this type carry. */
    public static String dataschemaOf(String type) {
        return "urn:estate:schemas:" + type;
    }

    private Schema schemaFor(String type) {
        return dataSchemas.computeIfAbsent(type, t -> load("events/" + t + ".json"));
    }

    private Schema load(String path) {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing contract " + path);
            }
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> describe(String part, List<Error> errors) {
        return errors.stream().map(e -> part + " " + e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
