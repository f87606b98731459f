package com.estate.workorder.order.domain;

import java.time.Instant;
import java.util.Objects;

/** From when to when (the resident's preferred time, an agreed appointment); {@code from} before {@code to}. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidWorkOrderException("time-window", "a time window starts before it ends");
        }
    }
}
