package com.estate.billing.bill;

import java.time.LocalDate;
import java.util.Objects;

/** The days a periodic bill covers, both inclusive (a month, a quarter or a year of prepayment). */
public record BillPeriod(LocalDate from, LocalDate to) {

    public BillPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
