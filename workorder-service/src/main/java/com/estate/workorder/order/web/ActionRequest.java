package com.estate.workorder.order.web;

import com.estate.workorder.order.ActionInput;
import com.estate.workorder.order.domain.Material;
import com.estate.workorder.quote.PriceLists;
import com.estate.workorder.warranty.Coverage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The inputs an action may take; each action reads its own (see {@link ActionInput}). */
record ActionRequest(
        @Size(max = 64) String technicianId,
        @Size(max = 500) String reason,
        @Valid IntakeRequest.Window appointment,
        @Size(max = 2000) String notes,
        @Size(max = 50) List<@Valid @NotNull MaterialBody> materials,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> photoIds,
        @Min(1) @Max(5) Integer score,
        @Size(max = 500) String comment,
        LocalDate testedOn,
        Coverage coverage,
        @Size(max = 50) List<@Valid @NotNull QuoteItem> items) {

    record MaterialBody(@NotBlank @Size(max = 100) String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3) BigDecimal quantity,
            @Size(max = 20) String unit) {
    }

    record QuoteItem(@NotBlank @Size(max = 50) String itemCode,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3)
            BigDecimal quantity) {
    }

    ActionInput input() {
        return new ActionInput(technicianId, reason, appointment == null ? null : appointment.toDomain(), notes,
                materials == null ? null : materials.stream().map(m -> new Material(m.name(), m.quantity(), m.unit()))
                        .toList(),
                photoIds, score, comment, testedOn, coverage,
                items == null ? null : items.stream().map(i -> new PriceLists.Wanted(i.itemCode(), i.quantity()))
                        .toList());
    }
}
