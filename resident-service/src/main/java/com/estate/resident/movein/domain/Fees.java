package com.estate.resident.movein.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The move-in fees: requested from billing by item code when the registration is done, then the bill billing
 * issued for them and when it was paid. Billing's events only ever add to this (a late or repeated bill.issued never
 * undoes a payment).
 *
 * @param total yuan, as billing priced the items; null until the bill is known
 */
public record Fees(List<String> items, Instant requestedAt, String billId, BigDecimal total, LocalDate dueDate,
        Instant paidAt) {

    public Fees {
        items = List.copyOf(items);
    }

    static Fees requested(List<String> items, Instant at) {
        return new Fees(items, at, null, null, null, null);
    }

    public boolean isIssued() {
        return billId != null;
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    Fees issued(String bill, BigDecimal billTotal, LocalDate due) {
        if (isIssued()) {
            return this;
        }
        return new Fees(items, requestedAt, bill, billTotal, due, paidAt);
    }

    /** Paid once; a payment of another bill than the one issued for the fees is not this case's. */
    Fees paid(String bill, BigDecimal billTotal, Instant at) {
        if (isPaid() || isIssued() && !billId.equals(bill)) {
            return this;
        }
        return new Fees(items, requestedAt, bill, total == null ? billTotal : total, dueDate, at);
    }
}
