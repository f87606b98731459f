package com.estate.resident.unit.web;

import com.estate.resident.unit.domain.Unit;
import java.time.Instant;
import java.time.LocalDate;

/** Entrance, floor and handover date are null when the unit has none. */
record UnitResponse(String id, String communityId, String building, String unitNumber, String floorArea,
        String status, Instant registeredAt, String entrance, Integer floor, String use, LocalDate handoverDate) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.id(), unit.communityId(), unit.building(), unit.unitNumber(),
                unit.floorArea().toPlainString(), unit.status().name(), unit.registeredAt(), unit.entrance(),
                unit.floor(), unit.use().name(), unit.handoverDate());
    }
}
