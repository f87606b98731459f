package com.estate.workorder.duty.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A shift by its date and kind (the night of a date ends the next morning). */
public record ShiftRef(LocalDate date, ShiftKind kind) {

    public ShiftRef {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
