package com.estate.billing.receipt.web;

import com.estate.billing.receipt.domain.Receipt;
import com.estate.billing.receipt.domain.ReceiptStatus;
import java.time.Instant;
import java.util.List;

/** A receipt on the wire; amounts are decimal strings with two places in CNY. */
record ReceiptResponse(String id, String number, String communityId, String unitId, String accountId,
        String paymentId, String payerName, String channel, String reference, List<Line> lines, String total,
        String currency, Instant paidAt, Instant issuedAt, String issuedBy, ReceiptStatus status, VoidState voiding,
        String pdf) {

    record Line(String billId, String description, String amount) {
    }

    record VoidState(String reason, String requestedBy, Instant requestedAt, String approvedBy, Instant voidedAt) {
    }

    static ReceiptResponse of(Receipt r) {
        VoidState voiding = r.voidRequest() == null ? null : new VoidState(r.voidRequest().reason(),
                r.voidRequest().requestedBy(), r.voidRequest().requestedAt(), r.voidedBy(), r.voidedAt());
        return new ReceiptResponse(r.id(), r.number(), r.communityId(), r.unitId(), r.accountId(), r.paymentId(),
                r.payerName(), r.channel(), r.reference(),
                r.lines().stream().map(l -> new Line(l.billId(), l.description(), l.amount().toPlainString())).toList(),
                r.total().toPlainString(), r.total().currency(), r.paidAt(), r.issuedAt(), r.issuedBy(), r.status(),
                voiding, "/api/billing/receipts/" + r.id() + ".pdf");
    }
}
