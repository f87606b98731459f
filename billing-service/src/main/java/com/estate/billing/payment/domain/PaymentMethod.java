package com.estate.billing.payment.domain;

/** Where the payment was taken (infra/BUSINESS-RULES.md §16, payments). */
public enum PaymentMethod {
    /** At the service desk, by a desk agent or finance. */
    DESK,
    /** Collected at the payer's home by appointment, receipt brought along. */
    HOME_COLLECTION,
    /** Paid by the resident through a payment provider; confirmed by the provider's callback or status query. */
    ONLINE
}
