package com.estate.billing.payment.web;

import com.estate.billing.payment.domain.PaymentChannel;
import com.estate.billing.payment.domain.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment: at the desk ({@code DESK}: the amount received, channel and reference), collected at home
 * ({@code HOME_COLLECTION}: also the appointment and who went), or started online by the resident ({@code ONLINE}:
 * no amount, it is what the chosen bills owe).
 *
 * @param amount  yuan with at most two places (a decimal string or number); required at the desk and at home,
 *                refused online
 * @param billIds the bills to pay; empty or absent: the oldest due first
 */
record PaymentRequest(@NotNull PaymentMethod method, @NotBlank @Size(max = 100) String unitId,
        @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
        @NotNull PaymentChannel channel, @Size(max = 100) String reference, @Size(max = 100) String payerName,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> billIds, @Valid HomeVisitBody homeVisit) {

    record HomeVisitBody(@NotNull Instant appointmentAt, @NotBlank @Size(max = 100) String collectedBy) {
    }

    List<String> bills() {
        return billIds == null ? List.of() : billIds;
    }
}
