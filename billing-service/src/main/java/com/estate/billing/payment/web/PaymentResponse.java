package com.estate.billing.payment.web;

import com.estate.billing.payment.domain.Payment;
import com.estate.billing.payment.domain.PaymentChannel;
import com.estate.billing.payment.domain.PaymentMethod;
import com.estate.billing.payment.domain.PaymentStatus;
import java.time.Instant;
import java.util.List;

/** A payment on the wire; amounts are decimal strings with two places in CNY. */
record PaymentResponse(String id, String communityId, String unitId, String accountId, String amount,
        String currency, PaymentMethod method, PaymentChannel channel, String reference, String payerName,
        List<String> chosenBillIds, HomeVisit homeVisit, String provider, String payUrl, PaymentStatus status,
        String recordedBy, Instant createdAt, Instant confirmedAt, List<Share> allocations, String prepaid,
        String receiptId, String receiptNumber, String receiptPdf) {

    record Share(String billId, String description, String amount) {
    }

    record HomeVisit(Instant appointmentAt, String collectedBy) {
    }

    static PaymentResponse of(Payment p) {
        return new PaymentResponse(p.id(), p.communityId(), p.unitId(), p.accountId(), p.amount().toPlainString(),
                p.amount().currency(), p.method(), p.channel(), p.reference(), p.payerName(), p.chosenBillIds(),
                p.homeVisit() == null ? null : new HomeVisit(p.homeVisit().appointmentAt(), p.homeVisit().collectedBy()),
                p.provider(), p.payUrl(), p.status(), p.recordedBy(), p.createdAt(), p.confirmedAt(),
                p.shares().stream().map(s -> new Share(s.billId(), s.description(), s.amount().toPlainString()))
                        .toList(),
                p.prepaid() == null ? null : p.prepaid().toPlainString(), p.receiptId(), p.receiptNumber(),
                p.receiptId() == null ? null : "/api/billing/receipts/" + p.receiptId() + ".pdf");
    }
}
