package com.estate.resident.unit.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a unit is built for (用途); residential unless stated. The Chinese labels are what an import file may use. */
public enum UnitUse {
    RESIDENTIAL("住宅"),
    COMMERCIAL("商业"),
    PARKING("车位"),
    STORAGE("储藏室");

    private final String label;

    UnitUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its name (any case) or its Chinese label. */
    public static Optional<UnitUse> parse(String text) {
        String value = text.strip();
        return Arrays.stream(values())
                .filter(use -> use.name().equals(value.toUpperCase(Locale.ROOT)) || use.label.equals(value))
                .findFirst();
    }
}
