package com.estate.billing.payment.domain;

import com.estate.platform.money.Money;
import java.util.Objects;

/**
 * The part of a payment a bill took.
 *
 * @param description what the bill was for, as the receipt prints it
 */
public record BillShare(String billId, String description, Money amount) {

    public BillShare {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
