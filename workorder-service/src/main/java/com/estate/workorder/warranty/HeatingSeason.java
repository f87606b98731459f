package com.estate.workorder.warranty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The heating season (采暖期) that warranties of heating and cooling systems count in (infra/BUSINESS-RULES.md
 * §11.1): from {@code start} to {@code end} of the next year, both included, e.g. 15 November to 15 March.
 */
public record HeatingSeason(MonthDay start, MonthDay end) {

    public HeatingSeason {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isBefore(start)) {
            throw new IllegalArgumentException("a heating season runs over the new year: its end is before its start");
        }
    }

    /**
     * The last day of the {@code n}-th full heating season after the handover: seasons that start on or after the
     * handover day count, one already under way at the handover does not.
     */
    public LocalDate lastDayOfSeason(LocalDate handover, int n) {
        LocalDate firstStart = start.atYear(handover.getYear());
        if (firstStart.isBefore(handover)) {
            firstStart = start.atYear(handover.getYear() + 1);
        }
        LocalDate nthStart = firstStart.plusYears(n - 1L);
        return end.atYear(nthStart.getYear() + 1);
    }
}
