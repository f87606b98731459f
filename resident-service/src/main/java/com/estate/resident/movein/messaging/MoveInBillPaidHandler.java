package com.estate.resident.movein.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.movein.domain.MoveInCase;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** A move-in's fee bill was paid: the keys may be handed over. */
@Component
class MoveInBillPaidHandler extends MoveInBillHandler {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.billing.bill.paid.v1",
            "billing.events");

    MoveInBillPaidHandler(MoveInPublications publications) {
        super(publications);
    }

    @Override
    public IntegrationEventType eventType() {
        return TYPE;
    }

    @Override
    MoveInCase.Change billChange(MoveInCase movein, BillEvent bill, BigDecimal total, CloudEvent event) {
        return movein.billPaid(bill.billId(), total, bill.paidAt() == null ? event.time() : bill.paidAt());
    }
}
