package com.estate.resident.timeline.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the timeline reads of {@code resident.registered}: ids and the relation code, never the phone hash. */
record ResidentRegistered(String residentId, String communityId, List<String> unitIds, String relation,
        Instant registeredAt, Long residentVersion) implements ResidentEvent {

    ResidentRegistered {
        Required.text(residentId, "residentId");
        Required.text(communityId, "communityId");
        unitIds = List.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
        Required.text(relation, "relation");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @Override
    public long version() {
        return Objects.requireNonNullElse(residentVersion, 0L);
    }

    @Override
    public String milestone() {
        return "registered";
    }

    @Override
    public String status() {
        return "REGISTERED";
    }

    @Override
    public Instant at() {
        return registeredAt;
    }

    @Override
    public Map<String, String> params() {
        return Map.of("relation", relation);
    }

    @Override
    public boolean movesIn() {
        return true;
    }
}
