package com.estate.billing.refund.web;

import com.estate.billing.refund.domain.Refund;
import com.estate.billing.refund.domain.RefundKind;
import com.estate.billing.refund.domain.RefundStatus;
import java.time.Instant;
import java.util.List;

record RefundResponse(String id, RefundKind kind, String paymentId, String accountId, String unitId,
        String communityId, String amount, String currency, String reason, RefundStatus status, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt, List<String> reopenedBillIds, Instant completedAt) {

    static RefundResponse of(Refund r) {
        return new RefundResponse(r.id(), r.kind(), r.paymentId(), r.accountId(), r.unitId(), r.communityId(),
                r.amount().toPlainString(), r.amount().currency(), r.reason(), r.status(), r.requestedBy(),
                r.requestedAt(), r.decidedBy(), r.decidedAt(), r.reopenedBillIds(), r.completedAt());
    }
}
