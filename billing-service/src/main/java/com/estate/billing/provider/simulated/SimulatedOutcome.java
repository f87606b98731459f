package com.estate.billing.provider.simulated;

/** What the simulated provider does when the payer pays: the cases a real provider produces. */
public enum SimulatedOutcome {
    /** Paid; one callback. */
    PAID,
    /** The payment is refused; a FAILED callback. */
    DECLINED,
    /** Paid, but the callback is lost: only billing's status query finds the payment. */
    NO_CALLBACK,
    /** Paid; the same callback arrives twice at once. */
    DUPLICATE_CALLBACKS,
    /** Paid; then a stale FAILED notice of an earlier attempt arrives after the PAID one. */
    OUT_OF_ORDER
}
