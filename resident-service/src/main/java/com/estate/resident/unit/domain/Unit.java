package com.estate.resident.unit.domain;

import com.estate.platform.core.text.TypedIdentifiers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit (a flat, a shop) in a building of a community. Building and unit number identify it within its
 * community (compared in their canonical form, {@link TypedIdentifiers}); the floor area is what area-based fees are charged on, in square metres with two places.
 */
public record Unit(String id, String communityId, String building, String unitNumber, BigDecimal floorArea,
        UnitStatus status, Instant registeredAt) {

    public static final BigDecimal MAX_FLOOR_AREA = new BigDecimal("100000.00");

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(status, "status");
        building = requireText(building, "building");
        unitNumber = requireText(unitNumber, "unitNumber");
        Objects.requireNonNull(floorArea, "floorArea");
        if (floorArea.signum() <= 0 || floorArea.compareTo(MAX_FLOOR_AREA) > 0
                || floorArea.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("floor area must be between 0.01 and 100000.00 m²: " + floorArea);
        }
        floorArea = floorArea.setScale(2);
    }

    /** Registers a new unit; the returned event tells the rest of the suite. */
    public static Registration register(String id, String communityId, String building, String unitNumber,
            BigDecimal floorArea, Instant now) {
        Unit unit = new Unit(id, communityId, building, unitNumber, floorArea, UnitStatus.VACANT, now);
        return new Registration(unit, new UnitRegistered(unit));
    }

    /** The same unit with a corrected floor area (a measurement error, a merged storeroom). */
    public Unit withFloorArea(BigDecimal newFloorArea) {
        return new Unit(id, communityId, building, unitNumber, newFloorArea, status, registeredAt);
    }

    /**
     * Moves the unit to another status (a move-in completed, custody started or ended, a renovation permitted or
     * accepted); the rest of the suite hears of it unless the status stays what it was.
     */
    public Correction changeStatus(UnitStatus newStatus, Instant now) {
        Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == status) {
            return new Correction(this, Optional.empty());
        }
        Unit changed = new Unit(id, communityId, building, unitNumber, floorArea, newStatus, registeredAt);
        return new Correction(changed, Optional.of(new UnitUpdated(changed, List.of("status"), now)));
    }

    /**
     * Corrects the floor area that area-based fees are charged on; the rest of the suite hears of it, unless the
     * area stays what it was (the same value sent again tells nobody anything).
     */
    public Correction correctFloorArea(BigDecimal newFloorArea, Instant now) {
        Unit corrected = withFloorArea(newFloorArea);
        if (corrected.floorArea().compareTo(floorArea) == 0) {
            return new Correction(corrected, Optional.empty());
        }
        return new Correction(corrected, Optional.of(new UnitUpdated(corrected, List.of("floorArea"), now)));
    }

    /** Building and number as people type them, full-width or not: {@code ３} and {@code 3} are one building. */
    private static String requireText(String value, String field) {
        String canonical = TypedIdentifiers.normalize(Objects.requireNonNull(value, field));
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return canonical;
    }

    public record Registration(Unit unit, UnitRegistered event) {
    }

    public record Correction(Unit unit, Optional<UnitUpdated> event) {
    }
}
