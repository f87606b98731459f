package com.estate.workorder.duty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The members whose shift holds an instant: yesterday's night still runs in the early morning. */
public final class WhoIsOnDuty {

    private WhoIsOnDuty() {
    }

    public static List<Assignment> at(DutyCalendar calendar, Instant instant, Function<LocalDate, DutyDay> roster) {
        LocalDate today = instant.atZone(calendar.zone()).toLocalDate();
        List<Assignment> onDuty = new ArrayList<>();
        for (LocalDate date : List.of(today.minusDays(1), today)) {
            DutyDay day = roster.apply(date);
            for (Shift shift : calendar.shifts(date)) {
                if (shift.covers(instant)) {
                    onDuty.addAll(day.on(shift.kind()));
                }
            }
        }
        return onDuty;
    }
}
