package com.estate.resident.unit.domain;

import com.estate.platform.core.text.TypedIdentifiers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit (a flat, a shop, a parking space) in a building of a community. Building and unit number identify it within
 * its community (compared in their canonical form, {@link TypedIdentifiers}); the floor area is what area-based fees
 * are charged on, in square metres with two places. Entrance (单元), floor and handover date are optional (units
 * registered before they existed have none); the use is residential unless stated.
 */
public record Unit(String id, String communityId, String building, String unitNumber, BigDecimal floorArea,
        UnitStatus status, Instant registeredAt, String entrance, Integer floor, UnitUse use, LocalDate handoverDate) {

    public static final BigDecimal MAX_FLOOR_AREA = new BigDecimal("100000.00");

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(status, "status");
        building = requireText(building, "building");
        unitNumber = requireText(unitNumber, "unitNumber");
        Objects.requireNonNull(floorArea, "floorArea");
        if (!isValidFloorArea(floorArea)) {
            throw new IllegalArgumentException("floor area must be between 0.01 and 100000.00 m²: " + floorArea);
        }
        floorArea = floorArea.setScale(2);
        entrance = entrance == null || TypedIdentifiers.normalize(entrance).isEmpty() ? null
                : TypedIdentifiers.normalize(entrance);
        if (floor != null && floor == 0) {
            throw new IllegalArgumentException("there is no floor 0: above ground 1, 2, ...; below ground -1, -2, ...");
        }
        use = use == null ? UnitUse.RESIDENTIAL : use;
    }

    /** A unit known by building, number, area and status only (as units were stored before they had more). */
    public Unit(String id, String communityId, String building, String unitNumber, BigDecimal floorArea,
            UnitStatus status, Instant registeredAt) {
        this(id, communityId, building, unitNumber, floorArea, status, registeredAt, null, null, null, null);
    }

    /** Between 0.01 and 100000.00 m², at most two decimal places. */
    public static boolean isValidFloorArea(BigDecimal floorArea) {
        return floorArea.signum() > 0 && floorArea.compareTo(MAX_FLOOR_AREA) <= 0
                && floorArea.stripTrailingZeros().scale() <= 2;
    }

    /** Registers a new vacant residential unit; the returned event tells the rest of the suite. */
    public static Registration register(String id, String communityId, String building, String unitNumber,
            BigDecimal floorArea, Instant now) {
        return register(id, communityId, UnitSpec.basic(building, unitNumber, floorArea), now);
    }

    /** Registers a new unit as specified; only unsold or vacant, the other statuses belong to the processes. */
    public static Registration register(String id, String communityId, UnitSpec spec, Instant now) {
        if (!spec.status().settableByHand()) {
            throw new UnitStatusManagedException(spec.status());
        }
        Unit unit = new Unit(id, communityId, spec.building(), spec.unitNumber(), spec.floorArea(), spec.status(), now,
                spec.entrance(), spec.floor(), spec.use(), spec.handoverDate());
        return new Registration(unit, new UnitRegistered(unit));
    }

    /** The same unit with a corrected floor area (a measurement error, a merged storeroom). */
    public Unit withFloorArea(BigDecimal newFloorArea) {
        return new Unit(id, communityId, building, unitNumber, newFloorArea, status, registeredAt, entrance, floor, use,
                handoverDate);
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
        Unit changed = new Unit(id, communityId, building, unitNumber, floorArea, newStatus, registeredAt, entrance,
                floor, use, handoverDate);
        return new Correction(changed, Optional.of(new UnitUpdated(changed, List.of("status"), now)));
    }

    /**
     * Corrects the floor area that area-based fees are charged on; the rest of the suite hears of it, unless the
     * area stays what it was (the same value sent again tells nobody anything).
     */
    public Correction correctFloorArea(BigDecimal newFloorArea, Instant now) {
        return correct(new UnitCorrection(newFloorArea, null, null, null), now);
    }

    /**
     * Corrects what the desk may correct by hand: floor area, use, handover date, and the status between unsold and
     * vacant. A status that belongs to a process, asked for or held by the unit, is refused
     * ({@link UnitStatusManagedException}): a move-in, custody or renovation ends through its own process. The event
     * names what changed, and there is none when nothing did.
     */
    public Correction correct(UnitCorrection correction, Instant now) {
        UnitStatus newStatus = status;
        if (correction.status() != null && correction.status() != status) {
            if (!correction.status().settableByHand()) {
                throw new UnitStatusManagedException(correction.status());
            }
            if (!status.settableByHand()) {
                throw new UnitStatusManagedException(status);
            }
            newStatus = correction.status();
        }
        Unit changed = new Unit(id, communityId, building, unitNumber,
                correction.floorArea() == null ? floorArea : correction.floorArea(), newStatus, registeredAt, entrance,
                floor, correction.use() == null ? use : correction.use(),
                correction.handoverDate() == null ? handoverDate : correction.handoverDate());
        List<String> fields = new ArrayList<>();
        if (changed.floorArea.compareTo(floorArea) != 0) {
            fields.add("floorArea");
        }
        if (changed.use != use) {
            fields.add("use");
        }
        if (!Objects.equals(changed.handoverDate, handoverDate)) {
            fields.add("handoverDate");
        }
        if (changed.status != status) {
            fields.add("status");
        }
        return new Correction(changed, fields.isEmpty() ? Optional.empty()
                : Optional.of(new UnitUpdated(changed, fields, now)));
    }

    /**
     * Which fields of a specification (an import row for this unit's building and number) this unit has with other
     * values; empty when registering it again would change nothing. A status a process set (occupied, in custody,
     * under renovation) is the unit's life since it was registered, not a difference.
     */
    public List<String> differencesFrom(UnitSpec spec) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(entrance, spec.entrance() == null ? null : TypedIdentifiers.normalize(spec.entrance()))) {
            fields.add("entrance");
        }
        if (!Objects.equals(floor, spec.floor())) {
            fields.add("floor");
        }
        if (floorArea.compareTo(spec.floorArea()) != 0) {
            fields.add("floorArea");
        }
        if (use != spec.use()) {
            fields.add("use");
        }
        if (!Objects.equals(handoverDate, spec.handoverDate())) {
            fields.add("handoverDate");
        }
        if (status.settableByHand() && status != spec.status()) {
            fields.add("status");
        }
        return fields;
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
