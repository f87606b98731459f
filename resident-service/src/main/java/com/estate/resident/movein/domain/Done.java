package com.estate.resident.movein.domain;

import java.time.Instant;
import java.util.Objects;

/** Who did something on a case, and when: the staff member's or the owner's token subject. */
public record Done(String by, Instant at) {

    public Done {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
