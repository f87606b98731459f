package com.estate.billing.meter.domain;

import java.util.Locale;
import java.util.Optional;

/** The meters a unit has, named as fee items name them ({@code FeeItem.meter}). */
public enum MeterKind {
    WATER, ELECTRICITY, GAS;

    /** The lower-case name fee items, files and events use. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MeterKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (MeterKind kind : values()) {
            if (kind.code().equalsIgnoreCase(text.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
