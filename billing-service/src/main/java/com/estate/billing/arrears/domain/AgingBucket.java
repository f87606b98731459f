package com.estate.billing.arrears.domain;

/**
 * How long an unpaid amount has been overdue, in the bands finance reports arrears by (infra/BUSINESS-RULES.md
 * §12, Aging). A charge is overdue from the day after its due date: on the due date itself it is still current.
 */
public enum AgingBucket {
    CURRENT(Long.MIN_VALUE, 0),
    DAYS_1_30(1, 30),
    DAYS_31_90(31, 90),
    DAYS_91_180(91, 180),
    OVER_180(181, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    AgingBucket(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public static AgingBucket ofDaysOverdue(long daysOverdue) {
        for (AgingBucket bucket : values()) {
            if (daysOverdue >= bucket.fromDays && daysOverdue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new AssertionError("the buckets cover every number of days: " + daysOverdue);
    }

    public boolean overdue() {
        return this != CURRENT;
    }
}
