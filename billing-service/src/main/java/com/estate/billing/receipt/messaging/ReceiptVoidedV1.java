package com.estate.billing.receipt.messaging;

import com.estate.billing.receipt.domain.Receipt;
import com.estate.platform.events.IntegrationEventType;
import java.time.Instant;

/**
 * Integration event {@code com.estate.billing.receipt.voided.v1}; its contract is in infra/contracts. The reason
 * stays on the receipt (free text may name people); the event says which number is void and who approved it.
 */
public record ReceiptVoidedV1(String receiptId, String receiptNumber, String paymentId, String accountId,
        String unitId, String communityId, String amount, String currency, String approvedBy, Instant voidedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.receipt.voided.v1", "billing.events");

    public static ReceiptVoidedV1 of(Receipt receipt) {
        return new ReceiptVoidedV1(receipt.id(), receipt.number(), receipt.paymentId(), receipt.accountId(),
                receipt.unitId(), receipt.communityId(), receipt.total().toPlainString(), receipt.total().currency(),
                receipt.voidedBy(), receipt.voidedAt());
    }
}
