package com.estate.billing.refund.domain;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A refund or reversal of one payment. It takes two people: one asks with a reason, a finance officer who is not
 * that person approves; only then are reversing entries booked. Nothing is edited or deleted: a rejected request
 * stays, and the payment's own entry stays beside its reversal.
 */
public record Refund(String id, RefundKind kind, String paymentId, String accountId, String unitId,
        String communityId, Money amount, String reason, RefundStatus status, String requestedBy,
        Instant requestedAt, String decidedBy, Instant decidedAt, List<String> reopenedBillIds, Instant completedAt) {

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        reopenedBillIds = List.copyOf(reopenedBillIds);
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleException("payment-amount", "a refund is more than zero", amount.toPlainString());
        }
    }

    /** One reversal per payment: its id derives from the payment's, so asking twice is refused by the store. */
    public static String reversalIdFor(String paymentId) {
        return "rv-" + paymentId;
    }

    public static Refund requested(String id, RefundKind kind, String paymentId, String accountId, String unitId,
            String communityId, Money amount, String reason, String requestedBy, Instant at) {
        return new Refund(id, kind, paymentId, accountId, unitId, communityId, amount, reason, RefundStatus.REQUESTED,
                requestedBy, at, null, null, List.of(), null);
    }

    public Refund decided(boolean approve, String by, Instant at) {
        if (status != RefundStatus.REQUESTED) {
            throw new BusinessRuleException("refund-decided", "the refund was decided already", id, status);
        }
        if (approve && requestedBy.equals(by)) {
            throw new BusinessRuleException("approver-is-requester", "the person who asked cannot approve");
        }
        return new Refund(id, kind, paymentId, accountId, unitId, communityId, amount, reason,
                approve ? RefundStatus.APPROVED : RefundStatus.REJECTED, requestedBy, requestedAt, by, at,
                reopenedBillIds, null);
    }

    public Refund completed(List<String> reopened, Instant at) {
        return new Refund(id, kind, paymentId, accountId, unitId, communityId, amount, reason, RefundStatus.COMPLETED,
                requestedBy, requestedAt, decidedBy, decidedAt, reopened, at);
    }
}
