package com.estate.billing.sharing.web;

import com.estate.billing.sharing.CostSharings;
import com.estate.billing.sharing.domain.SharedCost;
import com.estate.billing.sharing.domain.SharingMethod;
import com.estate.platform.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period's public water or electricity cost to share.
 *
 * @param period  {@code 2026-11}
 * @param total   yuan, two places
 * @param method  BY_FLOOR_AREA (the default) or EQUALLY
 * @param dueDate when the shares are due; empty: 15 days from today
 */
record CostSharingRequest(@NotBlank String communityId, @NotNull @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$") String period,
        @NotNull SharedCost cost, @NotNull @Pattern(regexp = "^[0-9]{1,10}\\.[0-9]{2}$") String total,
        SharingMethod method, LocalDate dueDate) {

    CostSharings.Entry entry(LocalDate today) {
        return new CostSharings.Entry(communityId, YearMonth.parse(period), cost, Money.yuan(total),
                method == null ? SharingMethod.BY_FLOOR_AREA : method, dueDate == null ? today.plusDays(15) : dueDate);
    }
}
