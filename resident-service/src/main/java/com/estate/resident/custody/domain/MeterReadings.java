package com.estate.resident.custody.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Water (m³) and electricity (kWh) meter readings taken together, as decimals (a meter shows fractions; never a
 * {@code double}, whose rounding would make 5.000 m³ look like more than 5).
 */
public record MeterReadings(BigDecimal water, BigDecimal electricity) {

    public MeterReadings {
        water = checked(water, "water");
        electricity = checked(electricity, "electricity");
    }

    public BigDecimal of(Meter meter) {
        return meter == Meter.WATER ? water : electricity;
    }

    private static BigDecimal checked(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " reading must not be negative: " + value);
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
