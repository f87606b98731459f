package com.estate.billing.dunning.domain;

import java.time.Instant;

/** What staff recorded of a home visit (stage 4) or a legal referral (stage 5). */
public record StageRecord(String outcome, String reference, String recordedBy, Instant at) {
}
