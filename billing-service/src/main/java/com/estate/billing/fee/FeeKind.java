package com.estate.billing.fee;

/** How a fee item is priced (infra/BUSINESS-RULES.md §11). */
public enum FeeKind {
    /** Property management fee: unit price per m² of floor area per month, by unit use. */
    PER_AREA,
    /** A fixed amount per month (a parking space). */
    FIXED_MONTHLY,
    /** Collected on behalf of a utility (代收代办): unit price × the meter's reading difference. */
    METERED,
    /** Charged once when it applies (waste removal, a paid repair, a convenience service, a move-in fee). */
    ONE_OFF;

    /** Billed every month by the bill runs. */
    public boolean isMonthly() {
        return this == PER_AREA || this == FIXED_MONTHLY;
    }
}
