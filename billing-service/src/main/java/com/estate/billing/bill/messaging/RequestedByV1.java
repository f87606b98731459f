package com.estate.billing.bill.messaging;

import com.estate.billing.bill.RequestedBy;

/** {@code requestedBy} of bill.issued and bill.paid. */
public record RequestedByV1(String kind, String id) {

    static RequestedByV1 of(RequestedBy requestedBy) {
        return requestedBy == null ? null : new RequestedByV1(requestedBy.kind(), requestedBy.id());
    }
}
