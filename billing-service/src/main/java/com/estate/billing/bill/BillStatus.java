package com.estate.billing.bill;

/** Where a bill stands; derived from its allocations, never set by a client. */
public enum BillStatus {
    /** Issued, nothing paid yet. */
    ISSUED,
    /** Some of it paid. */
    PARTLY_PAID,
    /** Fully paid: its open amount is zero. */
    PAID,
    /** Cancelled before anything was paid; its charge is reversed on the ledger. */
    VOIDED;

    /** Whether the bill still waits for money. */
    public boolean isOpen() {
        return this == ISSUED || this == PARTLY_PAID;
    }
}
