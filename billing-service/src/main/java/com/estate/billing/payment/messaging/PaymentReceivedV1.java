package com.estate.billing.payment.messaging;

import com.estate.billing.payment.domain.BillShare;
import com.estate.billing.payment.domain.Payment;
import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.billing.payment.received.v1} (its contract is in infra/contracts): the
 * original fields as resident-service reads them, plus the optional method, provider, receipt and prepaid part.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentReceivedV1(String paymentId, String accountId, String unitId, String communityId, String amount,
        String currency, String channel, Instant receivedAt, List<String> billIds, String method, String provider,
        String receiptId, String receiptNumber, String prepaid) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.payment.received.v1", "billing.events");

    public static PaymentReceivedV1 of(Payment p) {
        return new PaymentReceivedV1(p.id(), p.accountId(), p.unitId(), p.communityId(), p.amount().toPlainString(),
                p.amount().currency(), p.eventChannel(), p.confirmedAt(),
                p.shares().stream().map(BillShare::billId).distinct().toList(), p.method().name(), p.provider(),
                p.receiptId(), p.receiptNumber(), p.prepaid() == null ? "0.00" : p.prepaid().toPlainString());
    }
}
