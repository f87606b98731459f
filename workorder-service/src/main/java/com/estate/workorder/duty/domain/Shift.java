package com.estate.workorder.duty.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One shift of one day: the day desk has two periods (before and after the noon shift), the others one; the night
 * shift of a date ends the next morning.
 */
public record Shift(LocalDate date, ShiftKind kind, Season season, List<Period> periods) {

    public Shift {
        periods = List.copyOf(periods);
    }

    public boolean covers(java.time.Instant instant) {
        return periods.stream().anyMatch(period -> period.contains(instant));
    }
}
