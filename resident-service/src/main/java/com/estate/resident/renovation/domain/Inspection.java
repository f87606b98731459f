package com.estate.resident.renovation.domain;

import java.time.Instant;
import java.util.List;

/** A visit by maintenance or security while the works go on; what they found, with any violations. */
public record Inspection(String id, String findings, List<String> violations, String by, Instant at) {

    public Inspection {
        violations = List.copyOf(violations);
    }
}
