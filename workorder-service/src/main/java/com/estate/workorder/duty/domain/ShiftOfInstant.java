package com.estate.workorder.duty.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The shift that runs at an instant: the early morning belongs to the night that began the day before. */
public final class ShiftOfInstant {

    private ShiftOfInstant() {
    }

    public static ShiftRef of(DutyCalendar calendar, Instant instant) {
        LocalDate today = instant.atZone(calendar.zone()).toLocalDate();
        for (LocalDate date : new LocalDate[] {today.minusDays(1), today}) {
            for (Shift shift : calendar.shifts(date)) {
                if (shift.covers(instant)) {
                    return new ShiftRef(date, shift.kind());
                }
            }
        }
        throw new IllegalStateException("the shifts leave " + instant + " uncovered");
    }

    /** The shift that takes over when this one ends (NIGHT to the next DAY, DAY to NIGHT, NOON back to DAY). */
    public static ShiftRef next(DutyCalendar calendar, ShiftRef shift) {
        Shift outgoing = calendar.shift(shift.date(), shift.kind());
        return of(calendar, outgoing.periods().getLast().end().toInstant());
    }
}
