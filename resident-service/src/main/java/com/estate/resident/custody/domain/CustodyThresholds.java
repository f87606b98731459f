package com.estate.resident.custody.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far the water and electricity meters may move during custody before it is an anomaly to act on
 * (infra/BUSINESS-RULES.md §1: at most 5 m³ of water and 20 kWh of electricity since the start, per community).
 * Reaching a threshold exactly is still within it; only more than it is an anomaly.
 */
public record CustodyThresholds(BigDecimal water, BigDecimal electricity) {

    public static final CustodyThresholds DEFAULT = new CustodyThresholds(new BigDecimal("5"), new BigDecimal("20"));

    public CustodyThresholds {
        water = positive(water, "water");
        electricity = positive(electricity, "electricity");
    }

    public BigDecimal of(Meter meter) {
        return meter == Meter.WATER ? water : electricity;
    }

    /** Each meter that rose by more than its threshold from {@code start} to {@code reading}. */
    public List<Exceedance> exceeded(MeterReadings start, MeterReadings reading) {
        List<Exceedance> exceeded = new ArrayList<>();
        for (Meter meter : Meter.values()) {
            BigDecimal increase = reading.of(meter).subtract(start.of(meter));
            if (increase.compareTo(of(meter)) > 0) {
                exceeded.add(new Exceedance(meter, start.of(meter), reading.of(meter), increase, of(meter)));
            }
        }
        return List.copyOf(exceeded);
    }

    private static BigDecimal positive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " threshold must be positive: " + value);
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** One meter over its threshold: from what, to what, by how much, and the threshold it went over. */
    public record Exceedance(Meter meter, BigDecimal start, BigDecimal reading, BigDecimal increase,
            BigDecimal threshold) {
    }
}
