package com.estate.billing.refund.domain;

/** What a refund does to the money (infra/BUSINESS-RULES.md §16, refunds). */
public enum RefundKind {
    /** Pays part of the account's prepaid credit back to the payer, against one of their payments. */
    REFUND,
    /** Undoes a whole payment (taken by mistake, bounced): its ledger entry is reversed and its bills open again. */
    REVERSAL
}
