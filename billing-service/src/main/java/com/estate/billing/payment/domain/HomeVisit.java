package com.estate.billing.payment.domain;

import java.time.Instant;
import java.util.Objects;

/** A collection at home: the appointment agreed with the payer and the staff member who went. */
public record HomeVisit(Instant appointmentAt, String collectedBy) {

    public HomeVisit {
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(collectedBy, "collectedBy");
    }
}
