package com.estate.resident.movein.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.movein.domain.MoveInCase;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Billing issued the bill of a move-in's fees: the case waits for it to be paid. */
@Component
class MoveInBillIssuedHandler extends MoveInBillHandler {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.billing.bill.issued.v1",
            "billing.events");

    MoveInBillIssuedHandler(MoveInPublications publications) {
        super(publications);
    }

    @Override
    public IntegrationEventType eventType() {
        return TYPE;
    }

    @Override
    MoveInCase.Change billChange(MoveInCase movein, BillEvent bill, BigDecimal total, CloudEvent event) {
        return movein.billIssued(bill.billId(), total, bill.dueDate());
    }
}
