package com.estate.billing.receipt.domain;

import com.estate.platform.money.Money;
import java.util.Objects;

/**
 * What a receipt says was paid for: a bill (its id and what it billed) or the prepaid balance (billId null).
 *
 * @param description what the payer reads (物业管理费 2026-11, 预收款)
 */
public record ReceiptLine(String billId, String description, Money amount) {

    public ReceiptLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
