package com.estate.billing.bill.messaging;

import com.estate.billing.bill.Bill;
import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Integration event {@code com.estate.billing.bill.voided.v1}; its contract is in infra/contracts. Without it a
 * reconciliation that derives balances from {@code bill.issued} would still count a voided bill as owed. The void's
 * reason stays on the bill: free text may name people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillVoidedV1(String billId, String accountId, String unitId, String communityId,
        RequestedByV1 requestedBy, String total, String currency, Instant voidedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.bill.voided.v1", "billing.events");

    public static BillVoidedV1 of(Bill bill) {
        return new BillVoidedV1(bill.id(), bill.accountId(), bill.unitId(), bill.communityId(),
                RequestedByV1.of(bill.requestedBy()), bill.total().toPlainString(), bill.total().currency(),
                bill.voidedAt());
    }
}
