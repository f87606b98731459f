package com.estate.billing.receipt.web;

import jakarta.validation.constraints.NotNull;

/** Finance's answer to a requested void. */
record VoidDecisionBody(@NotNull Decision decision) {

    enum Decision {
        APPROVE, REJECT
    }
}
