package com.estate.workorder.duty.domain;

import java.time.Instant;
import java.util.Objects;

/** How and by whom an entry was resolved; {@code workOrderId} for a work order, {@code reason} for a closing. */
public record Routing(Resolution resolution, String workOrderId, String reason, String by, Instant at) {

    public Routing {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
