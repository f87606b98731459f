package com.estate.billing.bill;

import com.estate.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money applied to a bill: a payment (id = the payment's id) or prepaid credit ({@link #CREDIT_PREFIX} + the bill
 * id). A reversed allocation is kept with the time it was reversed: nothing on a bill is removed.
 */
public record Allocation(String id, Money amount, Instant appliedAt, Instant reversedAt) {

    /** The allocation id of prepaid credit applied to a new bill. */
    public static final String CREDIT_PREFIX = "credit:";

    public Allocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(appliedAt, "appliedAt");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("an allocation is positive: " + amount.toPlainString());
        }
    }

    public boolean isActive() {
        return reversedAt == null;
    }

    Allocation reversed(Instant at) {
        return new Allocation(id, amount, appliedAt, at);
    }
}
