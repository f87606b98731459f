package com.estate.resident.timeline.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the timeline reads of {@code resident.moved-out}. */
record ResidentMovedOut(String residentId, String communityId, List<String> unitIds, Instant movedOutAt,
        Long residentVersion) {

    ResidentMovedOut {
        Required.text(residentId, "residentId");
        Required.text(communityId, "communityId");
        unitIds = List.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
        Objects.requireNonNull(movedOutAt, "movedOutAt");
    }

    /** 0 for an event published before events carried the resident's version. */
    long version() {
        return Objects.requireNonNullElse(residentVersion, 0L);
    }
}
