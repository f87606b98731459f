package com.estate.billing.arrears.domain;

import com.estate.platform.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What is still unpaid of one bill: the part of its total no payment covers yet.
 *
 * @param period the billing period it charges for (e.g. {@code 2026-11}), or the bill id for a one-off bill
 */
public record OpenCharge(String billId, String period, LocalDate dueDate, Money outstanding) {

    public OpenCharge {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(outstanding, "outstanding");
    }

    /** Days past the due date on {@code today}; zero or less while it is not overdue. */
    public long daysOverdue(LocalDate today) {
        return ChronoUnit.DAYS.between(dueDate, today);
    }

    public AgingBucket bucket(LocalDate today) {
        return AgingBucket.ofDaysOverdue(daysOverdue(today));
    }

    public boolean overdueOn(LocalDate today) {
        return bucket(today).overdue() && outstanding.amount().signum() > 0;
    }
}
