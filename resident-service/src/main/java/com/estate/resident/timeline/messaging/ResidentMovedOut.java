package com.estate.resident.timeline.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the timeline reads of {@code resident.moved-out}. */
record ResidentMovedOut(String residentId, String communityId, List<String> unitIds, Instant movedOutAt,
        Long residentVersion) implements ResidentEvent {

    ResidentMovedOut {
        Required.text(residentId, "residentId");
        Required.text(communityId, "communityId");
        unitIds = List.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
        Objects.requireNonNull(movedOutAt, "movedOutAt");
    }

    @Override
    public long version() {
        return Objects.requireNonNullElse(residentVersion, 0L);
    }

    @Override
    public String milestone() {
        return "moved-out";
    }

    @Override
    public String status() {
        return "MOVED_OUT";
    }

    @Override
    public Instant at() {
        return movedOutAt;
    }

    @Override
    public Map<String, String> params() {
        return Map.of();
    }

    @Override
    public boolean movesIn() {
        return false;
    }
}
