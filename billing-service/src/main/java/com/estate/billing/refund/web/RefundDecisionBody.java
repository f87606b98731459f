package com.estate.billing.refund.web;

import jakarta.validation.constraints.NotNull;

record RefundDecisionBody(@NotNull Decision decision) {

    enum Decision {
        APPROVE, REJECT
    }
}
