package com.estate.billing.fee.web;

import com.estate.billing.fee.FeeKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new fee item.
 *
 * @param unitPrice    yuan as a decimal string, up to four places
 * @param moveInMonths months a move-in bill charges a monthly item in advance; 1 when absent
 */
record FeeItemRequest(@NotBlank @Size(max = 60) String communityId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*") String code,
        @NotBlank @Size(max = 100) String name, @NotNull FeeKind kind,
        @Pattern(regexp = "RESIDENTIAL|COMMERCIAL|PARKING|STORAGE") String unitUse,
        @NotNull @Pattern(regexp = "(0|[1-9][0-9]{0,8})(\\.[0-9]{1,4})?") String unitPrice,
        @Pattern(regexp = "water|electricity|gas") String meter, @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo, @Min(0) @Max(36) Integer moveInMonths) {
}
