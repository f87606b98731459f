package com.estate.resident.movein.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.movein.domain.MoveInEvent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Integration event {@code com.estate.resident.movein.meter-readings-recorded.v1}: the start readings both sides
 * confirmed, for billing's metered fees. Readings are decimal strings, never binary floating point.
 */
public record MeterReadingsRecordedV1(String caseId, String unitId, String communityId, Readings readings,
        Instant recordedAt, Instant confirmedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.movein.meter-readings-recorded.v1", "resident.events");

    public record Readings(Reading water, Reading electricity, Reading gas) {
    }

    public record Reading(String value, String unit) {
    }

    static MeterReadingsRecordedV1 of(MoveInEvent.ReadingsConfirmed event) {
        var movein = event.movein();
        var readings = event.readings();
        return new MeterReadingsRecordedV1(movein.id(), movein.unitId(), movein.communityId(),
                new Readings(reading(readings.water(), "m3"), reading(readings.electricity(), "kWh"),
                        reading(readings.gas(), "m3")),
                readings.recorded().at(), readings.confirmed().at());
    }

    private static Reading reading(BigDecimal value, String unit) {
        return new Reading(value.toPlainString(), unit);
    }
}
