package com.estate.billing.bill;

import java.util.Objects;

/** The request a one-off bill answers (e.g. {@code move-in} / the case id); copied onto bill.issued and bill.paid. */
public record RequestedBy(String kind, String id) {

    public static final String MOVE_IN = "move-in";

    public RequestedBy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("a request has a kind and an id");
        }
    }
}
