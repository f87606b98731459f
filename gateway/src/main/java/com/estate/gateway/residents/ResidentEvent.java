package com.estate.gateway.residents;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.estate.platform.core.idempotency.AppliedEvents;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The two resident-service events the gateway acts on, read from a CloudEvents structured JSON record (the
 * contracts in infra/contracts: com.estate.resident.resident.registered.v1 / moved-out.v1). Parsed by hand so
 * that a record of another type is skipped without caring about its shape.
 *
 * <p>Where it stands in the resident's history: {@code residentVersion} (optional in the contract, numbering the
 * resident's events) when both this event and the account have one, otherwise the envelope's {@code time}.
 */
record ResidentEvent(String id, String type, String residentId, String communityId, List<String> unitIds,
        String phoneHash, Long residentVersion, Instant time) {

    static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";

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
                units(data, type), phoneHash, version(data), time(root));
    }

    /**
     * Whether the account has already applied this point of the resident's history or a later one: a
     * redelivered, replayed or late event must not undo what came after it (a registration after the move-out
     * would give the log-in back). Equal times do not count as older: events of one resident arrive in order on
     * their partition, and an exact redelivery is caught by its id.
     */
    boolean isOlderThanWhatWasApplied(ResidentAccount current) {
        if (current == null) {
            return false;
        }
        if (residentVersion != null && current.lastVersion() != null) {
            return residentVersion <= current.lastVersion();
        }
        return current.lastEventTime() != null && time.isBefore(current.lastEventTime());
    }

    /** For log lines: the position this event claims. */
    String position() {
        return residentVersion != null ? "version " + residentVersion + ", time " + time : "time " + time;
    }

    /**
     * The account after this event. A move-out of a resident the gateway has not heard of yet is recorded too (a
     * disabled account without a phone), so that their registration, arriving late, is seen as older.
     */
    ResidentAccount applyTo(ResidentAccount current, Instant now) {
        Set<String> units = new LinkedHashSet<>(current == null ? List.of() : current.unitIds());
        List<String> applied = new ArrayList<>(current == null ? List.of() : current.appliedEventIds());
        AppliedEvents.record(applied, id);
        long revision = current == null ? 1 : current.revision() + 1;
        Long lastVersion = max(current == null ? null : current.lastVersion(), residentVersion);
        Instant lastTime = current == null || current.lastEventTime() == null || time.isAfter(current.lastEventTime())
                ? time : current.lastEventTime();
        if (REGISTERED.equals(type)) {
            // A resident registered for more units keeps the earlier ones.
            units.addAll(unitIds);
            return new ResidentAccount(residentId, phoneHash, communityId, List.copyOf(units), true, revision,
                    applied, now, lastVersion, lastTime);
        }
        if (current == null) {
            return new ResidentAccount(residentId, null, communityId, List.of(), false, revision, applied, now,
                    lastVersion, lastTime);
        }
        units.removeAll(unitIds);
        return new ResidentAccount(residentId, current.phoneHash(), current.communityId(), List.copyOf(units),
                current.enabled() && !units.isEmpty(), revision, applied, now, lastVersion, lastTime);
    }

    private static Long max(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }

    /** The optional {@code data.residentVersion}: absent or null, or a whole number from 1. */
    private static Long version(JsonNode data) {
        JsonNode value = data.path("residentVersion");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()
                || value.asLong() < 1) {
            throw new MalformedResidentEventException("residentVersion is not a whole number from 1");
        }
        return value.asLong();
    }

    /** The envelope's {@code time}, which the contract requires: ISO-8601 with an offset. */
    private static Instant time(JsonNode root) {
        String time = text(root, "time");
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeException e) {
            throw new MalformedResidentEventException("time is not an ISO-8601 date-time with an offset");
        }
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
