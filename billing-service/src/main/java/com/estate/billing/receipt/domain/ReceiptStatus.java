package com.estate.billing.receipt.domain;

/** A receipt is valid once issued; a void is asked for, then approved by finance; a voided number stays used. */
public enum ReceiptStatus {
    ISSUED, VOID_REQUESTED, VOIDED
}
