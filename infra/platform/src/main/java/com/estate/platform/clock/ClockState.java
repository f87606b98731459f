package com.estate.platform.clock;

import java.time.Instant;

/** What {@code /internal/clock} answers: the offset as an ISO-8601 duration and the business time it gives. */
record ClockState(boolean adjustable, String offset, Instant now) {

    static ClockState of(AdjustableClock clock) {
        return new ClockState(true, clock.offset().toString(), clock.instant());
    }
}
