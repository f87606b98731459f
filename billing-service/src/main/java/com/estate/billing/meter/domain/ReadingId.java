package com.estate.billing.meter.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A stored reading's id, {@code <unitId>~<meter>~<day>}: a unit has one reading per meter and day, so the three name
 * it, and the unit's document is found by its {@code _id} (no index over readings is needed). Plain Java.
 */
public record ReadingId(String unitId, MeterKind meter, LocalDate readOn) {

    private static final String SEPARATOR = "~";

    @Override
    public String toString() {
        return unitId + SEPARATOR + meter.code() + SEPARATOR + readOn;
    }

    /** The id's parts, or empty for text that is no reading id (which then names no reading: 404). */
    public static Optional<ReadingId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int day = text.lastIndexOf(SEPARATOR);
        int meter = day <= 0 ? -1 : text.lastIndexOf(SEPARATOR, day - 1);
        if (meter <= 0) {
            return Optional.empty();
        }
        try {
            LocalDate readOn = LocalDate.parse(text.substring(day + 1));
            return MeterKind.parse(text.substring(meter + 1, day))
                    .map(kind -> new ReadingId(text.substring(0, meter), kind, readOn));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
