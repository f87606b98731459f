package com.estate.resident.unit.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a unit is used for right now, as the service desk sees it. The processes of this service move a unit
 * between them: a completed move-in makes it {@link #OCCUPIED}, a custody agreement {@link #IN_CUSTODY}, a
 * renovation permit {@link #UNDER_RENOVATION}; ending custody or renovation puts back the status it replaced.
 * Only {@link #UNSOLD} and {@link #VACANT} are set by hand (registration, import, correction).
 */
public enum UnitStatus {
    /** Still held by the developer: nobody has bought it. */
    UNSOLD("未售"),
    /** Sold (or let) but nobody lives there. */
    VACANT("空置"),
    OCCUPIED("已入住"),
    /** The owner is away and the property company looks after it (custody agreement). */
    IN_CUSTODY("托管"),
    UNDER_RENOVATION("装修中");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether staff may set it by hand; the others belong to the processes ({@code Units.changeStatus}). */
    public boolean settableByHand() {
        return this == UNSOLD || this == VACANT;
    }

    /** By its name (any case) or its Chinese label. */
    public static Optional<UnitStatus> parse(String text) {
        String value = text.strip();
        return Arrays.stream(values())
                .filter(status -> status.name().equals(value.toUpperCase(Locale.ROOT)) || status.label.equals(value))
                .findFirst();
    }
}
