package com.estate.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in fen precision. Never a double: amounts are {@link BigDecimal} with two places inside
 * and decimal strings ("128.50") on the wire, with the currency alongside.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String CNY = "CNY";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has at most two decimal places: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money yuan(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    public static Money zero() {
        return new Money(BigDecimal.ZERO, CNY);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** The wire form: a plain decimal string with exactly two places. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }
}
