package com.estate.billing.payment.domain;

/**
 * PENDING (online, waiting for the provider) → CONFIRMED (the money is ours; settling) → SETTLED (ledger entry,
 * bills and receipt done); or PENDING → FAILED / EXPIRED. A provider's PAID after FAILED or EXPIRED still
 * confirms: the money was taken. A settled payment may later be REVERSED by an approved reversal.
 */
public enum PaymentStatus {
    PENDING, CONFIRMED, SETTLED, FAILED, EXPIRED, REVERSED
}
