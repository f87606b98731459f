package com.estate.resident.community.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When a community keeps its summer hours (夏令时作息), the same days every year: from {@code start} to {@code end},
 * both included, e.g. 05-01 to 09-30. Duty shifts (workorder-service) are planned on it. The period lies within one
 * calendar year (start before end), and 29 February is refused, since it does not come every year.
 */
public record SummerSchedule(MonthDay start, MonthDay end) {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("MM-dd");
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    public SummerSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(LEAP_DAY) || end.equals(LEAP_DAY)) {
            throw new InvalidSummerScheduleException(format(start), format(end));
        }
        if (!start.isBefore(end)) {
            throw new InvalidSummerScheduleException(format(start), format(end));
        }
    }

    /** Parses the wire form {@code MM-dd}, e.g. {@code 05-01}; a malformed day is an invalid schedule. */
    public static SummerSchedule parse(String start, String end) {
        return new SummerSchedule(monthDay(start, start, end), monthDay(end, start, end));
    }

    /** Whether the day falls in the summer period. */
    public boolean contains(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        return !monthDay.isBefore(start) && !monthDay.isAfter(end);
    }

    public String startText() {
        return format(start);
    }

    public String endText() {
        return format(end);
    }

    private static String format(MonthDay day) {
        return WIRE.format(day);
    }

    private static MonthDay monthDay(String text, String start, String end) {
        if (text == null || !text.strip().matches("\\d{2}-\\d{2}")) {
            throw new InvalidSummerScheduleException(start, end);
        }
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSummerScheduleException(start, end);
        }
    }
}
