package com.estate.billing.dunning.domain;

import java.time.Instant;

/** Why the household does not pay, as found out at stage 1: a configured category and staff's note. */
public record NonPaymentReason(String category, String note, String recordedBy, Instant at) {
}
