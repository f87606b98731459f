package com.estate.resident.unit.domain;

import com.estate.resident.building.domain.Building;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a unit is registered with, by hand or from an import row: building and room number (its key in the
 * community), entrance and floor (optional), floor area, use (residential unless given), handover date (optional)
 * and status (vacant unless given; only unsold or vacant).
 */
public record UnitSpec(String building, String unitNumber, String entrance, Integer floor, BigDecimal floorArea,
        UnitUse use, LocalDate handoverDate, UnitStatus status) {

    public UnitSpec {
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(unitNumber, "unitNumber");
        Objects.requireNonNull(floorArea, "floorArea");
        use = use == null ? UnitUse.RESIDENTIAL : use;
        status = status == null ? UnitStatus.VACANT : status;
        entrance = entrance == null || entrance.isBlank() ? null : entrance;
    }

    /** A unit known by building, number and area only (as units were registered before they had more). */
    public static UnitSpec basic(String building, String unitNumber, BigDecimal floorArea) {
        return new UnitSpec(building, unitNumber, null, null, floorArea, null, null, null);
    }

    /** A field a unit's placement breaks, and the code that names the problem. */
    public enum Violation {
        ENTRANCE("entrance", "entrance-unknown"),
        FLOOR("floor", "floor-out-of-range");

        private final String field;
        private final String code;

        Violation(String field, String code) {
            this.field = field;
            this.code = code;
        }

        public String field() {
            return field;
        }

        public String code() {
            return code;
        }
    }

    /** What of the placement the building does not have: an entrance not among its entrances, a floor outside. */
    public List<Violation> violationsIn(Building registered) {
        List<Violation> violations = new ArrayList<>(2);
        if (entrance != null && !registered.hasEntrance(entrance)) {
            violations.add(Violation.ENTRANCE);
        }
        if (floor != null && !registered.hasFloor(floor)) {
            violations.add(Violation.FLOOR);
        }
        return violations;
    }

    /** Throws for the first thing the building does not have. */
    public void requireFitsIn(Building registered) {
        for (Violation violation : violationsIn(registered)) {
            throw new UnitPlacementException(violation, registered.name(),
                    violation == Violation.ENTRANCE ? entrance : floor);
        }
    }
}
