package com.estate.resident.unit.web;

import com.estate.resident.unit.domain.UnitCorrection;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.domain.UnitUse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What PATCH /api/units/{id} corrects; an absent field stays as it is, at least one must be given.
 *
 * @param floorArea the corrected floor area in square metres, a decimal string such as "91.20"
 * @param status    UNSOLD or VACANT only: the other statuses are set by move-in, custody and renovation (409)
 */
record UnitChange(
        @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal floorArea,
        UnitUse use,
        LocalDate handoverDate,
        UnitStatus status) {

    @AssertTrue(message = "{problem.validation.field.unit-change-empty}")
    boolean isAnythingGiven() {
        return floorArea != null || use != null || handoverDate != null || status != null;
    }

    UnitCorrection toCorrection() {
        return new UnitCorrection(floorArea, use, handoverDate, status);
    }
}
