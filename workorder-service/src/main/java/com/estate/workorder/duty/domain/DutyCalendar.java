package com.estate.workorder.duty.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A community's shifts: its time zone, its summer schedule (none when it keeps no summer hours) and the shift
 * hours. Each date keeps the hours of its own season, so the night that starts on the last summer day starts at
 * the summer hour and ends at the usual 08:30 of the first standard day.
 */
public record DutyCalendar(ZoneId zone, Optional<SummerSchedule> summer, ShiftHours hours) {

    public DutyCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summer, "summer");
        Objects.requireNonNull(hours, "hours");
    }

    public Season seasonOf(LocalDate date) {
        return summer.filter(schedule -> schedule.covers(date)).isPresent() ? Season.SUMMER : Season.STANDARD;
    }

    public Shift shift(LocalDate date, ShiftKind kind) {
        Season season = seasonOf(date);
        return switch (kind) {
            case DAY -> new Shift(date, kind, season, List.of(
                    period(date, hours.dayStart(), date, hours.noonStart()),
                    period(date, hours.noonEnd(season), date, hours.nightStart(season))));
            case NOON -> new Shift(date, kind, season,
                    List.of(period(date, hours.noonStart(), date, hours.noonEnd(season))));
            case NIGHT -> new Shift(date, kind, season,
                    List.of(period(date, hours.nightStart(season), date.plusDays(1), hours.dayStart())));
        };
    }

    /** The shifts of a date, in the order they start. */
    public List<Shift> shifts(LocalDate date) {
        return List.of(shift(date, ShiftKind.DAY), shift(date, ShiftKind.NOON), shift(date, ShiftKind.NIGHT));
    }

    private Period period(LocalDate fromDate, LocalTime from, LocalDate toDate, LocalTime to) {
        return new Period(ZonedDateTime.of(fromDate, from, zone), ZonedDateTime.of(toDate, to, zone));
    }
}
