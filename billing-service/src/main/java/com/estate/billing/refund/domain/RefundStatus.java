package com.estate.billing.refund.domain;

/** REQUESTED → APPROVED (by finance, not the requester) → COMPLETED (entries booked); or REQUESTED → REJECTED. */
public enum RefundStatus {
    REQUESTED, APPROVED, COMPLETED, REJECTED
}
