package com.estate.workorder.order.domain;

import java.util.Objects;

/**
 * The record an order was raised for: {@code kind} and, when a record asked for it, that record's {@code id} (the
 * move-in defect, the custody reading, the duty-log entry, the return visit). An origin with an id names at most one
 * order: intake under the same origin returns the order it created before.
 */
public record Origin(OriginKind kind, String id) {

    public Origin {
        Objects.requireNonNull(kind, "kind");
        if (id != null && id.isBlank()) {
            id = null;
        }
    }

    public boolean identifiesOneOrder() {
        return id != null;
    }
}
