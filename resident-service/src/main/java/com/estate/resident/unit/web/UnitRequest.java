package com.estate.resident.unit.web;

import com.estate.platform.core.text.TypedIdentifiers;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Building and number are checked in their canonical form (full-width folded, blanks stripped), the form they are
 * stored and compared in: a blank made of ideographic spaces is blank.
 *
 * @param floorArea square metres, a decimal string such as "89.50"
 */
record UnitRequest(
        @NotBlank @Size(max = 20) String building,
        @NotBlank @Size(max = 20) String unitNumber,
        @NotNull @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal floorArea) {

    UnitRequest {
        building = TypedIdentifiers.normalize(building);
        unitNumber = TypedIdentifiers.normalize(unitNumber);
    }
}
