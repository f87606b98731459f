package com.estate.resident.community.web;

import com.estate.resident.community.domain.SummerSchedule;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A summer schedule on the wire: {@code {"start":"05-01","end":"09-30"}}, month-days, both included. */
record SummerScheduleBody(@NotNull @Pattern(regexp = "\\d{2}-\\d{2}") String start,
        @NotNull @Pattern(regexp = "\\d{2}-\\d{2}") String end) {

    SummerSchedule toDomain() {
        return SummerSchedule.parse(start, end);
    }

    static SummerScheduleBody of(SummerSchedule schedule) {
        return schedule == null ? null : new SummerScheduleBody(schedule.startText(), schedule.endText());
    }
}
