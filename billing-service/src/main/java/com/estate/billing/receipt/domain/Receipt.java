package com.estate.billing.receipt.domain;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A receipt (收费票据) for one payment: its number is gapless per community and year and is never reused, so a
 * wrong receipt is voided, not deleted or renumbered. Voiding takes two people: someone asks with a reason, and a
 * finance officer other than the one who asked approves (infra/BUSINESS-RULES.md §16, receipts).
 *
 * @param payerName as the payer gave it at the desk (printed, never published in an event)
 * @param channel   how the money came (CASH, WECHAT_PAY, ...), as in {@code payment.received}
 */
public record Receipt(String id, String number, String communityId, String unitId, String accountId,
        String paymentId, String payerName, String channel, String reference, List<ReceiptLine> lines,
        Money total, Instant paidAt, Instant issuedAt, String issuedBy, ReceiptStatus status, VoidRequest voidRequest,
        String voidedBy, Instant voidedAt) {

    /** Who asked for a void, why and when. */
    public record VoidRequest(String reason, String requestedBy, Instant requestedAt) {
    }

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        Money sum = lines.stream().map(ReceiptLine::amount).reduce(Money.zero(), Money::plus);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("a receipt's lines add up to its total: " + sum.toPlainString()
                    + " vs " + total.toPlainString());
        }
    }

    /** The receipt of a payment: one per payment, so its id derives from the payment's. */
    public static String idFor(String paymentId) {
        return "rc-" + paymentId;
    }

    /** The number as printed: {@code 2026-000042} (year, then the community's sequence of that year). */
    public static String number(int year, long sequence) {
        return "%d-%06d".formatted(year, sequence);
    }

    public Receipt requestVoid(String reason, String requestedBy, Instant at) {
        if (status != ReceiptStatus.ISSUED) {
            throw new BusinessRuleException("receipt-not-voidable", "only an issued receipt can be voided", number,
                    status);
        }
        return with(ReceiptStatus.VOID_REQUESTED, new VoidRequest(reason, requestedBy, at), null, null);
    }

    public Receipt approveVoid(String approvedBy, Instant at) {
        if (status != ReceiptStatus.VOID_REQUESTED) {
            throw new BusinessRuleException("receipt-void-not-requested", "no void was asked for", number, status);
        }
        if (voidRequest.requestedBy().equals(approvedBy)) {
            throw new BusinessRuleException("approver-is-requester", "the person who asked cannot approve");
        }
        return with(ReceiptStatus.VOIDED, voidRequest, approvedBy, at);
    }

    public Receipt rejectVoid() {
        if (status != ReceiptStatus.VOID_REQUESTED) {
            throw new BusinessRuleException("receipt-void-not-requested", "no void was asked for", number, status);
        }
        return with(ReceiptStatus.ISSUED, null, null, null);
    }

    private Receipt with(ReceiptStatus newStatus, VoidRequest request, String by, Instant at) {
        return new Receipt(id, number, communityId, unitId, accountId, paymentId, payerName, channel, reference,
                lines, total, paidAt, issuedAt, issuedBy, newStatus, request, by, at);
    }
}
