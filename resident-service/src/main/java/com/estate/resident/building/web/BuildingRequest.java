package com.estate.resident.building.web;

import com.estate.platform.core.text.TypedIdentifiers;
import com.estate.resident.building.domain.Building;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Name checked in canonical form, as a unit's building is. Entrances either by count (named "1".."n") or by name
 * ({@code ["东单元","西单元"]}), not both; neither leaves them unknown and unchecked.
 *
 * @param floorsBelowGround basement floors; 0 when absent
 */
record BuildingRequest(
        @NotBlank @Size(max = 20) String name,
        @Min(1) @Max(Building.MAX_ENTRANCES) Integer entranceCount,
        @Size(min = 1, max = Building.MAX_ENTRANCES) List<@NotBlank @Size(max = 20) String> entranceNames,
        @NotNull @Min(1) @Max(Building.MAX_FLOORS_ABOVE) Integer floorsAboveGround,
        @Min(0) @Max(Building.MAX_FLOORS_BELOW) Integer floorsBelowGround) {

    BuildingRequest {
        name = TypedIdentifiers.normalize(name);
        if (entranceNames != null) {
            entranceNames = entranceNames.stream().map(TypedIdentifiers::normalize).toList();
        }
    }

    @AssertTrue(message = "{problem.validation.field.building-entrances}")
    boolean isEntrancesGivenOnce() {
        return entranceCount == null || entranceNames == null;
    }

    @AssertTrue(message = "{problem.validation.field.building-entrances-unique}")
    boolean isEntranceNamesUnique() {
        return entranceNames == null || entranceNames.stream().distinct().count() == entranceNames.size();
    }

    int basementFloors() {
        return floorsBelowGround == null ? 0 : floorsBelowGround;
    }
}
