package com.estate.resident.timeline.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the timeline reads of {@code resident.registered}: ids and the relation code, never the phone hash. */
record ResidentRegistered(String residentId, String communityId, List<String> unitIds, String relation,
        Instant registeredAt, Long residentVersion) {

    ResidentRegistered {
        Required.text(residentId, "residentId");
        Required.text(communityId, "communityId");
        unitIds = List.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
        Required.text(relation, "relation");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** 0 for an event published before events carried the resident's version. */
    long version() {
        return Objects.requireNonNullElse(residentVersion, 0L);
    }
}
