package com.estate.billing.fee.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** @param dailyRate the share of the overdue amount charged per day, e.g. "0.0003" */
record LateFeeRequest(@NotNull Boolean enabled, @NotNull @Pattern(regexp = "0(\\.[0-9]{1,6})?") String dailyRate,
        @NotNull @Min(0) @Max(365) Integer graceDays) {
}
