package com.estate.workorder.duty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Every stretch of a date range in which nobody is on duty (infra/BUSINESS-RULES.md §9: at least one person at
 * all times). The range is whole days in the community's time zone, from the start of {@code from} to the end of
 * {@code to}; the night of the day before {@code from} is counted too, since it holds the first morning hours.
 * Each date's shifts keep their own season's hours, so a season boundary inside the range is handled like any
 * other day. Adjacent unstaffed stretches are one gap (an unstaffed noon after an unstaffed morning desk).
 */
public final class CoverageCheck {

    private CoverageCheck() {
    }

    public static List<Gap> gaps(DutyCalendar calendar, LocalDate from, LocalDate to,
            Function<LocalDate, DutyDay> roster) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        ZonedDateTime windowStart = from.atStartOfDay(calendar.zone());
        ZonedDateTime windowEnd = to.plusDays(1).atStartOfDay(calendar.zone());
        List<Shift> staffed = new ArrayList<>();
        List<Shift> unstaffed = new ArrayList<>();
        for (LocalDate date = from.minusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            DutyDay day = roster.apply(date);
            for (Shift shift : calendar.shifts(date)) {
                (day.staffed(shift.kind()) ? staffed : unstaffed).add(shift);
            }
        }
        List<Period> free = subtract(new Period(windowStart, windowEnd), staffed);
        List<Gap> gaps = new ArrayList<>();
        for (Period gap : free) {
            List<ShiftRef> in = unstaffed.stream()
                    .filter(shift -> shift.periods().stream().anyMatch(period -> overlaps(period, gap)))
                    .map(shift -> new ShiftRef(shift.date(), shift.kind())).toList();
            gaps.add(new Gap(gap, in));
        }
        return gaps;
    }

    /** The window minus every staffed period, as maximal free stretches in time order. */
    private static List<Period> subtract(Period window, List<Shift> staffed) {
        List<Period> covered = staffed.stream().flatMap(shift -> shift.periods().stream())
                .sorted(Comparator.comparing(period -> period.start().toInstant())).toList();
        List<Period> free = new ArrayList<>();
        Instant cursor = window.start().toInstant();
        Instant end = window.end().toInstant();
        java.time.ZoneId zone = window.start().getZone();
        for (Period period : covered) {
            Instant start = period.start().toInstant();
            if (start.isAfter(cursor) && cursor.isBefore(end)) {
                Instant freeEnd = start.isBefore(end) ? start : end;
                free.add(new Period(cursor.atZone(zone), freeEnd.atZone(zone)));
            }
            if (period.end().toInstant().isAfter(cursor)) {
                cursor = period.end().toInstant();
            }
        }
        if (cursor.isBefore(end)) {
            free.add(new Period(cursor.atZone(zone), window.end()));
        }
        return free;
    }

    private static boolean overlaps(Period a, Period b) {
        return a.start().toInstant().isBefore(b.end().toInstant())
                && b.start().toInstant().isBefore(a.end().toInstant());
    }
}
