package com.estate.workorder.estate.messaging;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fields workorder-service reads from {@code unit.registered.v1} and {@code unit.updated.v1} (tolerant reader).
 * {@code unit.registered} carries no {@code unitRevision}: it is revision 1.
 */
record UnitAnnounced(String unitId, String communityId, LocalDate handoverDate, Long unitRevision) {

    UnitAnnounced {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
    }

    long revision() {
        return unitRevision == null ? 1 : unitRevision;
    }
}
