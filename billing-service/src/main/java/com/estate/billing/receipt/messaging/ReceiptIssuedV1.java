package com.estate.billing.receipt.messaging;

import com.estate.billing.receipt.domain.Receipt;
import com.estate.platform.events.IntegrationEventType;
import java.time.Instant;

/** Integration event {@code com.estate.billing.receipt.issued.v1}; its contract is in infra/contracts. */
public record ReceiptIssuedV1(String receiptId, String receiptNumber, String paymentId, String accountId,
        String unitId, String communityId, String amount, String currency, Instant issuedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.receipt.issued.v1", "billing.events");

    public static ReceiptIssuedV1 of(Receipt receipt) {
        return new ReceiptIssuedV1(receipt.id(), receipt.number(), receipt.paymentId(), receipt.accountId(),
                receipt.unitId(), receipt.communityId(), receipt.total().toPlainString(), receipt.total().currency(),
                receipt.issuedAt());
    }
}
