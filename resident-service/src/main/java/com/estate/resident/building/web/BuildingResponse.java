package com.estate.resident.building.web;

import com.estate.resident.building.domain.Building;
import java.time.Instant;
import java.util.List;

/** Entrances and floors are null for a building an import registered by name only. */
record BuildingResponse(String id, String communityId, String name, List<String> entrances,
        Integer floorsAboveGround, Integer floorsBelowGround, Instant registeredAt) {

    static BuildingResponse of(Building building) {
        return new BuildingResponse(building.id(), building.communityId(), building.name(), building.entrances(),
                building.floorsAboveGround(), building.floorsBelowGround(), building.registeredAt());
    }
}
