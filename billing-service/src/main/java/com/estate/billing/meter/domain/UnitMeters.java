package com.estate.billing.meter.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The readings a bill run needs of one unit, and where the community's billing of meters stands before the run's
 * period ({@code billedBefore}: the last day of the latest earlier bill run's period; null if there was none).
 */
public record UnitMeters(Map<MeterKind, MeterHistory> meters, LocalDate billedBefore) {

    public static final UnitMeters NONE = new UnitMeters(Map.of(), null);

    public UnitMeters {
        meters = Map.copyOf(meters);
    }

    public Optional<MeterHistory.Span> span(String meter, LocalDate periodEnd) {
        return MeterKind.parse(meter).map(meters::get).flatMap(history -> history.span(billedBefore, periodEnd));
    }
}
