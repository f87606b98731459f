package com.estate.billing.dunning.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact with the household about its arrears, as recorded: who made it (a staff user id, or
 * {@code system} for the scanner's SMS), how and with what outcome. The note is staff's own words about the
 * conversation; it never holds a phone number.
 */
public record Contact(String contactId, ContactChannel channel, ContactOutcome outcome, String note,
        String recordedBy, Instant at) {

    public Contact {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
    }
}
