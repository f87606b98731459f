package com.estate.billing.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What billing knows of a unit, learned from resident-service's events: enough to price it. Plain Java.
 *
 * @param use          RESIDENTIAL, COMMERCIAL, PARKING or STORAGE
 * @param status       resident-service's status (UNSOLD units are not billed)
 * @param moveInDate   the day the owner moved in (the first day billed), in billing's zone; null before
 * @param custodies    custody periods, each from its first day up to, not including, its end (null: still running)
 * @param startReadings the meter readings at move-in (water m³, electricity kWh, gas m³), the start of metered fees
 * @param prepaidThrough the last day a move-in bill already charged the monthly fees for; null if none
 */
public record UnitFacts(String unitId, String communityId, BigDecimal floorArea, String use, String status,
        LocalDate handoverDate, LocalDate moveInDate, List<Custody> custodies, Map<String, BigDecimal> startReadings,
        LocalDate prepaidThrough) {

    public static final String DEFAULT_USE = "RESIDENTIAL";

    public UnitFacts {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        custodies = custodies == null ? List.of() : List.copyOf(custodies);
        startReadings = startReadings == null ? Map.of() : Map.copyOf(startReadings);
        use = use == null ? DEFAULT_USE : use;
    }

    /**
     * The first day the unit's fees run: its move-in, or the first day of custody for a unit put in custody without
     * a recorded move-in; then no earlier than the day after what a move-in bill prepaid. Null: not billable yet.
     */
    public LocalDate billableFrom() {
        LocalDate start = moveInDate != null ? moveInDate
                : custodies.stream().map(Custody::startedOn).min(LocalDate::compareTo).orElse(null);
        if (start != null && prepaidThrough != null && !prepaidThrough.isBefore(start)) {
            start = prepaidThrough.plusDays(1);
        }
        return start;
    }

    /** Whether the unit is in custody on that day. */
    public boolean inCustodyOn(LocalDate day) {
        return custodies.stream().anyMatch(c -> c.covers(day));
    }

    /** A custody period: the custody rate applies from {@code startedOn} up to, not including, {@code endedOn}. */
    public record Custody(String custodyId, LocalDate startedOn, LocalDate endedOn) {

        public Custody {
            Objects.requireNonNull(custodyId, "custodyId");
            Objects.requireNonNull(startedOn, "startedOn");
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(startedOn) && (endedOn == null || day.isBefore(endedOn));
        }
    }
}
