package com.estate.workorder.quote;

/** A quote waits for the resident (PROPOSED), who accepts or declines it before work starts. */
public enum QuoteStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED
}
