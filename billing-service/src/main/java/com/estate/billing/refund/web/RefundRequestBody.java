package com.estate.billing.refund.web;

import com.estate.billing.refund.domain.RefundKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** @param amount for a REFUND, yuan with two places; a REVERSAL is always the whole payment (leave it out) */
record RefundRequestBody(@NotBlank @Size(max = 100) String paymentId, @NotNull RefundKind kind,
        @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 500) String reason) {
}
