package com.estate.billing.provider;

/** What a provider says about an order, in billing's words. */
public enum ProviderPaymentState {
    /** Not paid yet; the payer may still pay. */
    PENDING,
    /** The money is taken: final, whatever arrives later. */
    PAID,
    /** The payment was refused (declined card, insufficient balance). */
    FAILED,
    /** The order was closed or expired without payment. */
    CLOSED
}
