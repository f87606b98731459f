package com.estate.billing.charge.messaging;

import com.estate.billing.charge.PendingCharge;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The fields billing reads from {@code com.estate.resident.charge.requested.v1} and
 * {@code com.estate.workorder.charge.requested.v1} (the same shape; tolerant reader).
 */
record ChargeRequested(String chargeId, String communityId, String unitId, String itemCode, BigDecimal amount,
        String currency, String reason, Source source, List<PendingCharge.Line> lines, Instant requestedAt) {

    ChargeRequested {
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    record Source(String kind, String id) {
    }
}
