package com.estate.resident.unit.web;

import com.estate.platform.core.text.TypedIdentifiers;
import com.estate.resident.unit.domain.UnitSpec;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.domain.UnitUse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Building and number are checked in their canonical form (full-width folded, blanks stripped), the form they are
 * stored and compared in: a blank made of ideographic spaces is blank. Everything after the floor area is optional:
 * a request with building, number and area only registers a vacant residential unit, as it always did.
 *
 * @param floorArea    square metres, a decimal string such as "89.50"
 * @param entrance     the entrance (单元) in the building, one of the building's when it is registered
 * @param floor        1, 2, ... above ground, -1, -2, ... below; within the building's floors when it is registered
 * @param handoverDate when the developer handed the unit over (交付日期), {@code yyyy-MM-dd}
 * @param status       UNSOLD or VACANT (the default); the other statuses are set by the processes
 */
record UnitRequest(
        @NotBlank @Size(max = 20) String building,
        @NotBlank @Size(max = 20) String unitNumber,
        @NotNull @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal floorArea,
        @Size(max = 20) String entrance,
        @Min(-20) @Max(200) Integer floor,
        UnitUse use,
        LocalDate handoverDate,
        UnitStatus status) {

    UnitRequest {
        building = TypedIdentifiers.normalize(building);
        unitNumber = TypedIdentifiers.normalize(unitNumber);
        entrance = entrance == null ? null : TypedIdentifiers.normalize(entrance);
    }

    UnitSpec toSpec() {
        return new UnitSpec(building, unitNumber, entrance, floor, floorArea, use, handoverDate, status);
    }
}
