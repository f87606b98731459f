package com.estate.resident.renovation.domain;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How the waste-removal fee (装修垃圾清运费) is assessed: a flat amount per renovation, or an amount per square
 * metre of the unit's floor area, rounded half up to the fen.
 */
public record WasteFeeRule(Basis basis, Money amount) {

    public enum Basis {
        FLAT,
        PER_SQUARE_METRE
    }

    public WasteFeeRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("a fee cannot be negative");
        }
    }

    public Money assess(BigDecimal floorArea) {
        if (basis == Basis.FLAT) {
            return amount;
        }
        return new Money(amount.amount().multiply(floorArea).setScale(2, RoundingMode.HALF_UP), amount.currency());
    }
}
