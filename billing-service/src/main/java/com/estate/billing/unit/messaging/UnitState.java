package com.estate.billing.unit.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The fields billing reads from {@code unit.registered.v1} and {@code unit.updated.v1} (tolerant reader).
 *
 * @param unitRevision absent on unit.registered, which is revision 1
 */
record UnitState(String unitId, String communityId, BigDecimal floorArea, String use, String status,
        LocalDate handoverDate, Long unitRevision) implements UnitScoped {

    UnitState {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(floorArea, "floorArea");
    }

    long revision() {
        return unitRevision == null ? 1 : unitRevision;
    }
}
