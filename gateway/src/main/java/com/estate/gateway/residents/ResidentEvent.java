package com.estate.gateway.residents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.estate.platform.core.idempotency.AppliedEvents;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.EventReader;

/**
 * The two resident-service events the gateway acts on (the contracts in infra/contracts:
 * com.estate.resident.resident.registered.v1 / moved-out.v1), from an event the platform's reader has already checked
 * against them: envelope, time with its offset, a phone hash of 64 hex digits, unit ids, a whole residentVersion
 * from 1. Only the fields the gateway uses are read.
 *
 * <p>Where it stands in the resident's history: {@code residentVersion} (optional in the contract, numbering the
 * resident's events) when both this event and the account have one, otherwise the envelope's {@code time}.
 */
record ResidentEvent(String id, String type, String residentId, String communityId, List<String> unitIds,
        String phoneHash, Long residentVersion, Instant time) {

    static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";

    /** The fields of either event's data that the gateway uses (tolerant reader). */
    record Data(String residentId, String communityId, List<String> unitIds, String phoneHash, Long residentVersion) {
    }

    /** The event, or {@code null} for an event of a type the gateway does not handle. */
    static ResidentEvent from(CloudEvent event, EventReader reader) {
        if (!REGISTERED.equals(event.type()) && !MOVED_OUT.equals(event.type())) {
            return null;
        }
        Data data = reader.data(event, Data.class);
        return new ResidentEvent(event.id(), event.type(), data.residentId(), data.communityId(),
                List.copyOf(data.unitIds()), REGISTERED.equals(event.type()) ? data.phoneHash() : null,
                data.residentVersion(), event.time());
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
}
