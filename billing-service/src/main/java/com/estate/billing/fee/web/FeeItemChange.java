package com.estate.billing.fee.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Ends a fee item: its last day in force. Prices never change in place; a new item takes over from the next day. */
record FeeItemChange(@NotNull LocalDate effectiveTo) {
}
