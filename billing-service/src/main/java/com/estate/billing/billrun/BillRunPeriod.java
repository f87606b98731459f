package com.estate.billing.billrun;

import com.estate.billing.bill.BillPeriod;
import java.time.LocalDate;

/** How long a run's bills run: a month, or a quarter or a year paid in advance (预交). */
public enum BillRunPeriod {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    BillRunPeriod(int months) {
        this.months = months;
    }

    /** The days from {@code from} (a month's first day) for this many months. */
    public BillPeriod from(LocalDate from) {
        if (from.getDayOfMonth() != 1) {
            throw new InvalidBillRunException("a bill run starts on a month's first day: " + from);
        }
        return new BillPeriod(from, from.plusMonths(months).minusDays(1));
    }
}
