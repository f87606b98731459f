package com.estate.workorder.service.domain;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A catalog price and what it counts (infra/BUSINESS-RULES.md §15): the agreed fee of an order is the price times the
 * quantity (1 for a job, hours, or square metres), rounded half-up to the fen, since a resident is quoted in yuan and
 * fen.
 */
public record ServicePrice(Money price, PricingUnit unit) {

    public ServicePrice {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unit, "unit");
        if (price.amount().signum() <= 0) {
            throw new IllegalArgumentException("a service's price is more than zero");
        }
    }

    /** @param quantity hours or square metres; ignored (1) for a job */
    public Money feeFor(BigDecimal quantity) {
        BigDecimal counted = unit == PricingUnit.PER_JOB ? BigDecimal.ONE : Objects.requireNonNull(quantity);
        if (counted.signum() <= 0) {
            throw new IllegalArgumentException("a quantity is more than zero");
        }
        return new Money(price.amount().multiply(counted).setScale(2, RoundingMode.HALF_UP), price.currency());
    }
}
