package com.estate.billing.meter.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The readings of one meter of one unit, oldest first, and which two a bill of a period bills
 * (infra/ARCHITECTURE.md §27): from the latest reading on or before the last day already billed before the period
 * (the community's earlier bill runs; the first reading if there is none), to the latest reading on or before the
 * period's end. Readings on or before a billed day never change afterwards, so both ends are the same whenever the
 * period is billed again, and the next bill starts exactly where this one ended. Plain Java.
 */
public final class MeterHistory {

    private final List<Reading> readings;

    public MeterHistory(List<Reading> readings) {
        this.readings = new ArrayList<>(readings);
        this.readings.sort(Comparator.comparing(Reading::readOn));
    }

    /** The span a bill of the period bills, or empty when no reading is newer than where billing stands. */
    public Optional<Span> span(LocalDate billedBefore, LocalDate periodEnd) {
        Reading from = billedBefore == null ? first() : latestOnOrBefore(billedBefore).orElse(first());
        Reading to = latestOnOrBefore(periodEnd).orElse(null);
        if (from == null || to == null || !to.readOn().isAfter(from.readOn())) {
            return Optional.empty();
        }
        return Optional.of(new Span(from, to));
    }

    private Reading first() {
        return readings.isEmpty() ? null : readings.getFirst();
    }

    private Optional<Reading> latestOnOrBefore(LocalDate day) {
        Reading latest = null;
        for (Reading reading : readings) {
            if (reading.readOn().isAfter(day)) {
                break;
            }
            latest = reading;
        }
        return Optional.ofNullable(latest);
    }

    /** The two readings a bill takes the difference of. */
    public record Span(Reading from, Reading to) {
    }
}
