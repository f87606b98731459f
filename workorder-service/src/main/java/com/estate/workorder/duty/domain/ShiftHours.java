package com.estate.workorder.duty.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The clock times of the shifts (infra/BUSINESS-RULES.md §9): noon 12:00-13:30 (summer 12:00-14:00), night 17:30
 * (summer 18:00) to 08:30 the next day. The day desk holds the rest: from the night's end to noon, and from the
 * noon shift's end to the night's start, so that the three shifts together keep someone on duty all 24 hours.
 */
public record ShiftHours(LocalTime dayStart, LocalTime noonStart, LocalTime noonEnd, LocalTime summerNoonEnd,
        LocalTime nightStart, LocalTime summerNightStart) {

    public static final ShiftHours MANUAL = new ShiftHours(LocalTime.of(8, 30), LocalTime.of(12, 0),
            LocalTime.of(13, 30), LocalTime.of(14, 0), LocalTime.of(17, 30), LocalTime.of(18, 0));

    public ShiftHours {
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(noonStart, "noonStart");
        Objects.requireNonNull(noonEnd, "noonEnd");
        Objects.requireNonNull(summerNoonEnd, "summerNoonEnd");
        Objects.requireNonNull(nightStart, "nightStart");
        Objects.requireNonNull(summerNightStart, "summerNightStart");
        requireOrder(dayStart, noonStart, noonEnd, nightStart);
        requireOrder(dayStart, noonStart, summerNoonEnd, summerNightStart);
    }

    private static void requireOrder(LocalTime... times) {
        for (int i = 1; i < times.length; i++) {
            if (!times[i - 1].isBefore(times[i])) {
                throw new IllegalArgumentException("shift hours out of order: " + java.util.Arrays.toString(times));
            }
        }
    }

    public LocalTime noonEnd(Season season) {
        return season == Season.SUMMER ? summerNoonEnd : noonEnd;
    }

    public LocalTime nightStart(Season season) {
        return season == Season.SUMMER ? summerNightStart : nightStart;
    }
}
