package com.estate.workorder.order.domain;

/** Which target an order missed: a technician's response, or the completion of the work. */
public enum DeadlineKind {
    RESPONSE,
    COMPLETION
}
