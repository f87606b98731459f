package com.estate.workorder.estate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What workorder-service knows of a unit, learned from resident-service's {@code unit.registered} /
 * {@code unit.updated}: its community and the day the developer handed it over, from which warranty periods run.
 */
public record UnitFacts(String unitId, String communityId, LocalDate handoverDate) {

    public UnitFacts {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
    }

    public Optional<LocalDate> handover() {
        return Optional.ofNullable(handoverDate);
    }
}
