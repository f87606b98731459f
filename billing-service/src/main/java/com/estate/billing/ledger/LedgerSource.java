package com.estate.billing.ledger;

import java.util.Objects;

/**
 * The record an entry books, e.g. {@code bill/<billId>}, {@code payment/<paymentId>}, {@code refund/<refundId>}:
 * with the kind it determines the entry's id, so the same source is booked once however often it is posted.
 */
public record LedgerSource(String kind, String id) {

    public LedgerSource {
        requireToken(kind, "kind");
        requireToken(id, "id");
    }

    private static void requireToken(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.contains("/")) {
            throw new IllegalArgumentException("a ledger source " + name + " is non-blank and has no '/': " + value);
        }
    }

    @Override
    public String toString() {
        return kind + "/" + id;
    }
}
