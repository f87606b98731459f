package com.estate.resident.unit.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.unit.domain.UnitRegistered;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Integration event {@code com.estate.resident.unit.registered.v1}; its contract is in infra/contracts. Entrance,
 * floor and handover date are left out when the unit has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitRegisteredV1(String unitId, String communityId, String building, String unitNumber,
        String floorArea, Instant registeredAt, String entrance, Integer floor, String use, LocalDate handoverDate,
        String status) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.unit.registered.v1", "resident.events");

    public static UnitRegisteredV1 of(UnitRegistered event) {
        var unit = event.unit();
        return new UnitRegisteredV1(unit.id(), unit.communityId(), unit.building(), unit.unitNumber(),
                unit.floorArea().toPlainString(), unit.registeredAt(), unit.entrance(), unit.floor(), unit.use().name(),
                unit.handoverDate(), unit.status().name());
    }
}
