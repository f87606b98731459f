package com.estate.billing.refund.messaging;

import com.estate.billing.refund.domain.Refund;
import com.estate.platform.events.IntegrationEventType;
import java.time.Instant;
import java.util.List;

/** Integration event {@code com.estate.billing.refund.completed.v1}; its contract is in infra/contracts. */
public record RefundCompletedV1(String refundId, String kind, String paymentId, String accountId, String unitId,
        String communityId, String amount, String currency, Instant completedAt, List<String> reopenedBillIds,
        String approvedBy) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.refund.completed.v1", "billing.events");

    public static RefundCompletedV1 of(Refund r) {
        return new RefundCompletedV1(r.id(), r.kind().name(), r.paymentId(), r.accountId(), r.unitId(),
                r.communityId(), r.amount().toPlainString(), r.amount().currency(), r.completedAt(),
                r.reopenedBillIds(), r.decidedBy());
    }
}
