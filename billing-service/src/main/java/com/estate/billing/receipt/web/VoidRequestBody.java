package com.estate.billing.receipt.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a receipt should be voided (a wrong payer, a wrong amount): kept on the receipt. */
record VoidRequestBody(@NotBlank @Size(max = 500) String reason) {
}
