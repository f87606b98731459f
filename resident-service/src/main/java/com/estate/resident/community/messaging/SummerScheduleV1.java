package com.estate.resident.community.messaging;

import com.estate.resident.community.domain.Community;

/** The summer schedule on the wire: month-days {@code MM-dd}, both included. */
public record SummerScheduleV1(String start, String end) {

    static SummerScheduleV1 of(Community community) {
        return community.summer().map(s -> new SummerScheduleV1(s.startText(), s.endText())).orElse(null);
    }
}
