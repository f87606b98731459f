package com.estate.billing.billrun.web;

import com.estate.billing.billrun.BillRunPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** @param from the first day billed: a month's first day; {@code period} MONTHLY when absent */
record BillRunRequest(@NotBlank @Size(max = 60) String communityId, BillRunPeriod period, @NotNull LocalDate from) {
}
