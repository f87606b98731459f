package com.estate.billing.dunning.messaging;

import java.util.Objects;

/** The fields dunning reads from {@code com.estate.resident.unit.updated.v1} (tolerant reader). */
record UnitUpdated(String unitId, String communityId, String status, Long unitRevision) {

    UnitUpdated {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitRevision, "unitRevision");
    }

    /** Someone lives there: resident-service marks a unit OCCUPIED once its owner moved in. */
    boolean livedIn() {
        return "OCCUPIED".equals(status);
    }
}
