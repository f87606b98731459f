package com.estate.billing.arrears.domain;

import com.estate.platform.money.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unpaid amounts of one account (or the sum over a community) by aging bucket on one day. Only positive
 * remainders count: a bill that is paid has nothing open.
 *
 * @param oldestOverdueDueDate the due date of the oldest overdue charge, empty when nothing is overdue
 */
public record Aging(Map<AgingBucket, Money> buckets, Optional<LocalDate> oldestOverdueDueDate) {

    public Aging {
        EnumMap<AgingBucket, Money> complete = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            complete.put(bucket, buckets.getOrDefault(bucket, Money.zero()));
        }
        buckets = Collections.unmodifiableMap(complete);
    }

    public static Aging none() {
        return new Aging(Map.of(), Optional.empty());
    }

    public static Aging of(Collection<OpenCharge> charges, LocalDate today) {
        EnumMap<AgingBucket, Money> sums = new EnumMap<>(AgingBucket.class);
        LocalDate oldest = null;
        for (OpenCharge charge : charges) {
            if (charge.outstanding().amount().signum() <= 0) {
                continue;
            }
            AgingBucket bucket = charge.bucket(today);
            sums.merge(bucket, charge.outstanding(), Money::plus);
            if (bucket.overdue() && (oldest == null || charge.dueDate().isBefore(oldest))) {
                oldest = charge.dueDate();
            }
        }
        return new Aging(sums, Optional.ofNullable(oldest));
    }

    public Money in(AgingBucket bucket) {
        return buckets.get(bucket);
    }

    /** Everything open, current or not. */
    public Money total() {
        return buckets.values().stream().reduce(Money.zero(), Money::plus);
    }

    /** What is in arrears: everything open past its due date. */
    public Money overdue() {
        return total().minus(in(AgingBucket.CURRENT));
    }

    public boolean inArrears() {
        return overdue().amount().signum() > 0;
    }

    /** The sum of two agings, for a community's report. */
    public Aging plus(Aging other) {
        EnumMap<AgingBucket, Money> sums = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            sums.put(bucket, in(bucket).plus(other.in(bucket)));
        }
        Optional<LocalDate> oldest = oldestOverdueDueDate.isEmpty() ? other.oldestOverdueDueDate
                : other.oldestOverdueDueDate.isEmpty() ? oldestOverdueDueDate
                : Optional.of(min(oldestOverdueDueDate.get(), other.oldestOverdueDueDate.get()));
        return new Aging(sums, oldest);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
