package com.estate.billing.meter.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One meter reading on one day: the meter's counter (m³ or kWh), never negative. Plain Java. */
public record Reading(LocalDate readOn, BigDecimal value) {

    public Reading {
        Objects.requireNonNull(readOn, "readOn");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a reading is never negative: " + value);
        }
    }
}
