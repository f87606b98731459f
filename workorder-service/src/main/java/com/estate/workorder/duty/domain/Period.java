package com.estate.workorder.duty.domain;

import java.time.ZonedDateTime;
import java.util.Objects;

/** A stretch of time, start included and end excluded, in the community's time zone. */
public record Period(ZonedDateTime start, ZonedDateTime end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.toInstant().isBefore(end.toInstant())) {
            throw new IllegalArgumentException("a period starts before it ends: " + start + " " + end);
        }
    }

    public boolean contains(java.time.Instant instant) {
        return !instant.isBefore(start.toInstant()) && instant.isBefore(end.toInstant());
    }
}
