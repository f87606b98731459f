package com.estate.billing.charge.messaging;

import com.estate.billing.charge.PendingCharge;
import com.estate.platform.events.IntegrationEventType;
import java.time.Instant;

/** Integration event {@code com.estate.billing.charge.posted.v1}; its contract is in infra/contracts. */
record ChargePostedV1(String chargeId, String accountId, String unitId, String communityId, String itemCode,
        String amount, String currency, String reason, Source source, Instant requestedAt, Instant postedAt) {

    static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.charge.posted.v1", "billing.events");

    record Source(String kind, String id) {
    }

    static ChargePostedV1 of(PendingCharge charge, Instant postedAt) {
        return new ChargePostedV1(charge.chargeId(), charge.accountId(), charge.unitId(), charge.communityId(),
                charge.itemCode(), charge.amount().toPlainString(), charge.amount().currency(), charge.reason(),
                new Source(charge.sourceKind(), charge.sourceId()), charge.requestedAt(), postedAt);
    }
}
