package com.estate.resident.custody.messaging;

import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.CustodyReading;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code com.estate.resident.custody.anomaly-detected.v1}: a reading during custody showed water or electricity
 * used beyond the community's threshold since the start; workorder-service sends someone. One per reading that
 * crosses (its event id derived from the reading's), however many meters it crosses on.
 */
public record CustodyAnomalyDetectedV1(String custodyId, String communityId, String unitId, String readingId,
        LocalDate readOn, List<Exceeded> exceeded, Instant detectedAt) {

    /** One meter over its threshold, as decimal strings in the meter's unit ({@code m3} or {@code kWh}). */
    public record Exceeded(String meter, String unit, String start, String reading, String increase,
            String threshold) {
    }

    public static CustodyAnomalyDetectedV1 of(Custody custody, CustodyReading reading) {
        return new CustodyAnomalyDetectedV1(custody.id(), custody.communityId(), custody.unitId(), reading.id(),
                reading.readOn(), reading.exceeded().stream()
                        .map(e -> new Exceeded(e.meter().name(), e.meter().unit(), e.start().toPlainString(),
                                e.reading().toPlainString(), e.increase().toPlainString(),
                                e.threshold().toPlainString()))
                        .toList(),
                reading.recordedAt());
    }
}
