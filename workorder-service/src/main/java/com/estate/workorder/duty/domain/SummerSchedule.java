package com.estate.workorder.duty.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The days of every year on which a community keeps summer hours, start and end included (resident-service's
 * community events carry them as {@code MM-dd}; start is before end and never 02-29, so a season never wraps the
 * year end).
 */
public record SummerSchedule(MonthDay start, MonthDay end) {

    public SummerSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("summer starts before it ends: " + start + " " + end);
        }
    }

    /** From the events' {@code MM-dd} text. */
    public static SummerSchedule parse(String start, String end) {
        return new SummerSchedule(MonthDay.parse("--" + start), MonthDay.parse("--" + end));
    }

    public boolean covers(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
