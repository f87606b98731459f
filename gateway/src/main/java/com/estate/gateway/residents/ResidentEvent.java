package com.estate.gateway.residents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The two resident-service events the gateway acts on, read from a CloudEvents structured JSON record (the
 * contracts in infra/contracts: com.estate.resident.resident.registered.v1 / moved-out.v1). Parsed by hand so
 * that a record of another type is skipped without caring about its shape.
 */
record ResidentEvent(String id, String type, String residentId, String communityId, List<String> unitIds,
        String phoneHash) {

    static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";

    /** How many applied event ids an account remembers; redeliveries come soon after the original. */
    private static final int REMEMBERED_EVENTS = 50;
    private static final Pattern PHONE_HASH = Pattern.compile("^[0-9a-f]{64}$");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * The event in the record, or {@code null} for a well-formed event of a type the gateway does not handle.
     *
     * @throws MalformedResidentEventException when the record is not JSON or one of our types lacks a field
     */
    static ResidentEvent parse(String value) {
        if (value == null) {
            throw new MalformedResidentEventException("record has no value");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new MalformedResidentEventException("record value is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedResidentEventException("record value is not a JSON object");
        }
        String type = root.path("type").asString("");
        if (!REGISTERED.equals(type) && !MOVED_OUT.equals(type)) {
            return null;
        }
        JsonNode data = root.path("data");
        String phoneHash = null;
        if (REGISTERED.equals(type)) {
            phoneHash = text(data, "phoneHash");
            if (!PHONE_HASH.matcher(phoneHash).matches()) {
                throw new MalformedResidentEventException(type + " has no valid phoneHash");
            }
        }
        return new ResidentEvent(text(root, "id"), type, text(data, "residentId"), text(data, "communityId"),
                units(data, type), phoneHash);
    }

    /**
     * The account after this event, or {@code null} when there is nothing to record (a move-out of a resident the
     * gateway never learned about).
     */
    ResidentAccount applyTo(ResidentAccount current, Instant now) {
        Set<String> units = new LinkedHashSet<>(current == null ? List.of() : current.unitIds());
        List<String> applied = new ArrayList<>(current == null ? List.of() : current.appliedEventIds());
        applied.add(id);
        if (applied.size() > REMEMBERED_EVENTS) {
            applied = applied.subList(applied.size() - REMEMBERED_EVENTS, applied.size());
        }
        long revision = current == null ? 1 : current.revision() + 1;
        if (REGISTERED.equals(type)) {
            // A resident registered for more units keeps the earlier ones.
            units.addAll(unitIds);
            return new ResidentAccount(residentId, phoneHash, communityId, List.copyOf(units), true, revision,
                    applied, now);
        }
        if (current == null) {
            return null;
        }
        units.removeAll(unitIds);
        return new ResidentAccount(residentId, current.phoneHash(), current.communityId(), List.copyOf(units),
                current.enabled() && !units.isEmpty(), revision, applied, now);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.getNodeType() != JsonNodeType.STRING || value.asString("").isBlank()) {
            throw new MalformedResidentEventException("missing or blank field " + field);
        }
        return value.asString();
    }

    private static List<String> units(JsonNode data, String type) {
        JsonNode array = data.path("unitIds");
        if (!array.isArray() || array.isEmpty()) {
            throw new MalformedResidentEventException(type + " has no unitIds");
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode unit = array.get(i);
            if (unit.getNodeType() != JsonNodeType.STRING || unit.asString("").isBlank()) {
                throw new MalformedResidentEventException(type + " has a blank unit id");
            }
            units.add(unit.asString());
        }
        return List.copyOf(units);
    }
}
