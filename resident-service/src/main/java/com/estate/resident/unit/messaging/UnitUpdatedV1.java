package com.estate.resident.unit.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.unit.domain.UnitUpdated;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.unit.updated.v1}; its contract is in infra/contracts. It carries the
 * unit's whole current state and its revision, so a consumer overwrites what it keeps and ignores anything older.
 * Entrance, floor and handover date are left out when the unit has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitUpdatedV1(String unitId, String communityId, String building, String unitNumber,
        String floorArea, String status, long unitRevision, List<String> changedFields, Instant updatedAt,
        String entrance, Integer floor, String use, LocalDate handoverDate) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.unit.updated.v1", "resident.events");

    /** @param unitRevision the unit's revision once this change is saved */
    public static UnitUpdatedV1 of(UnitUpdated event, long unitRevision) {
        var unit = event.unit();
        return new UnitUpdatedV1(unit.id(), unit.communityId(), unit.building(), unit.unitNumber(),
                unit.floorArea().toPlainString(), unit.status().name(), unitRevision, event.changedFields(),
                event.updatedAt(), unit.entrance(), unit.floor(), unit.use().name(), unit.handoverDate());
    }
}
