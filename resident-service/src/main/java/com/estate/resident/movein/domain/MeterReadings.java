package com.estate.resident.movein.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The meters read at move-in (water and gas in m³, electricity in kWh), recorded by staff and confirmed by the
 * owner: both sides agree on the start readings billing charges metered fees from.
 */
public record MeterReadings(BigDecimal water, BigDecimal electricity, BigDecimal gas, Done recorded,
        Done confirmed) {

    public MeterReadings {
        requireReading(water, "water");
        requireReading(electricity, "electricity");
        requireReading(gas, "gas");
        Objects.requireNonNull(recorded, "recorded");
    }

    private static void requireReading(BigDecimal value, String meter) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(meter + " reading must be zero or more");
        }
    }

    public boolean isConfirmed() {
        return confirmed != null;
    }
}
