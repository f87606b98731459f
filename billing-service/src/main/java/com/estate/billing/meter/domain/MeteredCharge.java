package com.estate.billing.meter.domain;

import com.estate.billing.ledger.Fen;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A metered fee (代收代办, infra/BUSINESS-RULES.md §16): unit price × (the reading billed up to − the reading the
 * previous bill ended on), exact, then rounded once half-up to the fen ({@link Fen#round}). Plain Java.
 */
public record MeteredCharge(Reading from, Reading to, BigDecimal quantity, Money amount) {

    public static MeteredCharge of(BigDecimal unitPrice, Reading from, Reading to) {
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (!to.readOn().isAfter(from.readOn())) {
            throw new IllegalArgumentException("the reading billed up to (" + to.readOn() + ") is not after the one "
                    + "billed from (" + from.readOn() + ")");
        }
        BigDecimal quantity = to.value().subtract(from.value());
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("a reading lower than the previous one (" + to.value() + " < "
                    + from.value() + ") is never billed");
        }
        return new MeteredCharge(from, to, quantity, Fen.round(unitPrice.multiply(quantity, Fen.EXACT)));
    }
}
