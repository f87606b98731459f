package com.estate.resident.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A periodic reading of the unit's meters during custody, with what it showed against the community's thresholds
 * at the time (kept, so a later change of the thresholds does not rewrite why an anomaly was raised).
 *
 * @param exceeded the meters over their threshold since the start; empty when all is well
 */
public record CustodyReading(String id, LocalDate readOn, MeterReadings readings, CustodyThresholds thresholds,
        List<CustodyThresholds.Exceedance> exceeded, String recordedBy, Instant recordedAt) {

    public CustodyReading {
        exceeded = List.copyOf(exceeded);
    }

    public boolean isAnomaly() {
        return !exceeded.isEmpty();
    }
}
