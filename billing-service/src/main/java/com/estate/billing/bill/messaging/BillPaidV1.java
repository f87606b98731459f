package com.estate.billing.bill.messaging;

import com.estate.billing.bill.Bill;
import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Integration event {@code com.estate.billing.bill.paid.v1}; its contract is in infra/contracts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillPaidV1(String billId, String accountId, String unitId, String communityId,
        RequestedByV1 requestedBy, String total, String currency, Instant paidAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.bill.paid.v1", "billing.events");

    public static BillPaidV1 of(Bill bill) {
        return new BillPaidV1(bill.id(), bill.accountId(), bill.unitId(), bill.communityId(),
                RequestedByV1.of(bill.requestedBy()), bill.total().toPlainString(), bill.total().currency(),
                bill.paidAt());
    }
}
