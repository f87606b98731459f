package com.estate.billing.meter.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last days of the periods a community's bill runs have billed meters for ({@code meter_billed_periods}, keyed by
 * the community id): added by a run before it reads a reading, never removed. Readings on or before the latest of
 * them are closed (infra/ARCHITECTURE.md §27).
 */
@Document(BilledPeriodsDocument.COLLECTION)
public class BilledPeriodsDocument {

    public static final String COLLECTION = "meter_billed_periods";

    @Id
    private String id;
    private List<LocalDate> periodEnds = new ArrayList<>();

    protected BilledPeriodsDocument() {
    }

    public List<LocalDate> getPeriodEnds() {
        return periodEnds == null ? List.of() : List.copyOf(periodEnds);
    }

    /** The last day billed before a period starting that day, or null if no earlier period was billed. */
    public static LocalDate billedBefore(List<LocalDate> periodEnds, LocalDate periodStart) {
        return periodEnds.stream().filter(end -> end.isBefore(periodStart)).max(LocalDate::compareTo).orElse(null);
    }

    /** The latest day billed: a reading on or before it would change what was billed. */
    public static LocalDate closedThrough(List<LocalDate> periodEnds) {
        return periodEnds.stream().max(LocalDate::compareTo).orElse(null);
    }
}
