package com.estate.billing.ledger;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place where billing rounds (infra/BUSINESS-RULES.md, billing: rounding): an amount computed from a
 * price, an area, a reading or a share of a month is kept exact ({@link #EXACT}, 34 significant digits) until it
 * becomes a bill line, and is rounded then, once, <b>half-up to the fen</b> (0.005 yuan becomes 0.01, -0.005 becomes
 * -0.01). Sums of lines are never rounded again: they are sums of fen.
 */
public final class Fen {

    /** Precision of intermediate results (a day's share of a month is a repeating fraction). */
    public static final MathContext EXACT = MathContext.DECIMAL128;

    private Fen() {
    }

    /** Rounds an exact yuan amount half-up to two places and makes it money in CNY. */
    public static Money round(BigDecimal exactYuan) {
        return new Money(exactYuan.setScale(2, RoundingMode.HALF_UP), Money.CNY);
    }
}
