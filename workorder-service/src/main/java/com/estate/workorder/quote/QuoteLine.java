package com.estate.workorder.quote;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of a quote: a price-list item, how much of it, and what that costs (unit price times quantity). */
public record QuoteLine(String itemCode, String description, PriceKind kind, BigDecimal quantity, String unit,
        Money unitPrice, Money amount) {

    public QuoteLine {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
    }
}
