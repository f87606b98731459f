package com.estate.billing.fee;

import com.estate.billing.ledger.Fen;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A community's late fee (违约金): {@code dailyRate} of the overdue amount per day overdue beyond {@code graceDays}.
 * Off by default ({@link #off}).
 *
 * @param dailyRate e.g. 0.0003 for 0.03% a day; 0 to 0.01
 */
public record LateFeePolicy(String communityId, boolean enabled, BigDecimal dailyRate, int graceDays) {

    private static final BigDecimal MAX_DAILY_RATE = new BigDecimal("0.01");

    public LateFeePolicy {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(dailyRate, "dailyRate");
        if (dailyRate.signum() < 0 || dailyRate.compareTo(MAX_DAILY_RATE) > 0) {
            throw new InvalidFeeItemException("dailyRate is between 0 and 0.01 (1% a day)");
        }
        if (graceDays < 0 || graceDays > 365) {
            throw new InvalidFeeItemException("graceDays is 0 to 365");
        }
    }

    public static LateFeePolicy off(String communityId) {
        return new LateFeePolicy(communityId, false, BigDecimal.ZERO, 0);
    }

    /** The late fee on an amount overdue for that many days (zero when off or within the grace days). */
    public Money lateFee(Money overdue, long daysOverdue) {
        long charged = daysOverdue - graceDays;
        if (!enabled || charged <= 0 || overdue.amount().signum() <= 0) {
            return Money.zero();
        }
        return Fen.round(overdue.amount().multiply(dailyRate).multiply(BigDecimal.valueOf(charged)));
    }
}
