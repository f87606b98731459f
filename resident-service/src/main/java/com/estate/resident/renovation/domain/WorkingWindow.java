package com.estate.resident.renovation.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/** Hours on given days when renovation works are allowed, e.g. Monday to Friday 08:00 to 12:00 (to exclusive). */
public record WorkingWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public WorkingWindow {
        days = Set.copyOf(days);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days.isEmpty() || !from.isBefore(to)) {
            throw new IllegalArgumentException("a working window needs days and a start before its end");
        }
    }

    public boolean contains(DayOfWeek day, LocalTime time) {
        return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
    }
}
