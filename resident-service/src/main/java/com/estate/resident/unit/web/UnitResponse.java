package com.estate.resident.unit.web;

import com.estate.resident.unit.domain.Unit;
import java.time.Instant;

record UnitResponse(String id, String communityId, String building, String unitNumber, String floorArea,
        String status, Instant registeredAt) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.id(), unit.communityId(), unit.building(), unit.unitNumber(),
                unit.floorArea().toPlainString(), unit.status().name(), unit.registeredAt());
    }
}
