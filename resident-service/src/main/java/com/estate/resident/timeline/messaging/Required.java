package com.estate.resident.timeline.messaging;

import java.util.Objects;

/** Checks of the tolerant readers: a field the contract requires is missing, so the event goes to the DLT. */
final class Required {

    private Required() {
    }

    static String text(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }
}
