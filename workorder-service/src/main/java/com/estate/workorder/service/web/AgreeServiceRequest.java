package com.estate.workorder.service.web;

import com.estate.workorder.service.ServiceOrders;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the desk (or the resident in the app) agrees: the catalog item, the unit, where exactly, when, how much
 * (hours or m² for items priced so; left out for a job) and the expected result. The fee follows from the catalog;
 * it is never sent.
 */
record AgreeServiceRequest(
        @NotNull UUID itemId,
        @NotBlank @Size(max = 64) String unitId,
        @DecimalMin(value = "0.01") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal quantity,
        @NotBlank @Size(max = 200) String area,
        @NotNull OffsetDateTime scheduledFor,
        @NotBlank @Size(max = 1000) String expectedResult) {

    ServiceOrders.Agreement toAgreement() {
        return new ServiceOrders.Agreement(unitId, itemId.toString(),
                quantity == null ? BigDecimal.ONE : quantity, area.strip(), scheduledFor.toInstant(),
                expectedResult.strip());
    }
}
