package com.estate.resident.unit.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.unit.domain.UnitRegistered;
import java.time.Instant;

/** Integration event {@code com.estate.resident.unit.registered.v1}; its contract is in infra/contracts. */
public record UnitRegisteredV1(String unitId, String communityId, String building, String unitNumber,
        String floorArea, Instant registeredAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.unit.registered.v1", "resident.events");

    public static UnitRegisteredV1 of(UnitRegistered event) {
        var unit = event.unit();
        return new UnitRegisteredV1(unit.id(), unit.communityId(), unit.building(), unit.unitNumber(),
                unit.floorArea().toPlainString(), unit.registeredAt());
    }
}
