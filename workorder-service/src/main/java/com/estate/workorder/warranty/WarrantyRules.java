package com.estate.workorder.warranty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides whether a repair is free or paid (infra/BUSINESS-RULES.md §14.1): public areas are free; a unit's repair is
 * free while the category's warranty, counted from the handover day, covers the day it was reported (in the
 * community's time zone), and paid after. A period of years covers up to the day before the same date that many
 * years later (handover 2021-06-01, 2 years: covered through 2023-05-31); a period of heating seasons through the
 * last day of the last season.
 */
public final class WarrantyRules {

    private final HeatingSeason heatingSeason;

    public WarrantyRules(HeatingSeason heatingSeason) {
        this.heatingSeason = heatingSeason;
    }

    public WarrantyDecision decide(WarrantyPeriod period, boolean publicArea, Optional<LocalDate> handover,
            LocalDate reportedOn, Instant now) {
        if (publicArea) {
            return decision(Coverage.FREE, WarrantyBasis.PUBLIC_AREA, null, now);
        }
        if (period instanceof WarrantyPeriod.None) {
            return decision(Coverage.PAID, WarrantyBasis.NO_WARRANTY_FOR_CATEGORY, null, now);
        }
        if (handover.isEmpty()) {
            return decision(Coverage.PAID, WarrantyBasis.HANDOVER_DATE_UNKNOWN, null, now);
        }
        LocalDate until = lastCoveredDay(period, handover.get());
        return reportedOn.isAfter(until)
                ? decision(Coverage.PAID, WarrantyBasis.WARRANTY_EXPIRED, until, now)
                : decision(Coverage.FREE, WarrantyBasis.IN_WARRANTY, until, now);
    }

    /** The last day the period covers, from the handover day. */
    public LocalDate lastCoveredDay(WarrantyPeriod period, LocalDate handover) {
        return switch (period) {
            case WarrantyPeriod.Years years -> handover.plusYears(years.years()).minusDays(1);
            case WarrantyPeriod.HeatingSeasons seasons -> heatingSeason.lastDayOfSeason(handover, seasons.seasons());
            case WarrantyPeriod.None none -> throw new IllegalArgumentException("no warranty period");
        };
    }

    private static WarrantyDecision decision(Coverage coverage, WarrantyBasis basis, LocalDate until, Instant now) {
        return new WarrantyDecision(coverage, basis, until, null, null, coverage, now);
    }
}
