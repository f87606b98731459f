package com.estate.resident.renovation.domain;

import java.time.Instant;
import java.util.List;

/** The supervisor's review of the plan; a rejection gives its reasons. */
public record Review(boolean approved, List<String> reasons, String by, Instant at) {

    public Review {
        reasons = List.copyOf(reasons);
    }
}
