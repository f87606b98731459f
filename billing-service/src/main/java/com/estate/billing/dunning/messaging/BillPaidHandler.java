package com.estate.billing.dunning.messaging;

import com.estate.billing.dunning.DunningScan;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import org.springframework.stereotype.Component;

/**
 * Payment in full stops dunning at once rather than at the next scan: a {@code bill.paid} that leaves the account
 * with nothing overdue closes its open case, in the same write that records the event.
 */
@Component
class BillPaidHandler implements EventHandler<BillPaid, DunningAccountDocument> {

    static final IntegrationEventType BILL_PAID = new IntegrationEventType("com.estate.billing.bill.paid.v1",
            "billing.events");

    private final DunningScan scan;

    BillPaidHandler(DunningScan scan) {
        this.scan = scan;
    }

    @Override
    public IntegrationEventType eventType() {
        return BILL_PAID;
    }

    @Override
    public Class<BillPaid> dataType() {
        return BillPaid.class;
    }

    @Override
    public Class<DunningAccountDocument> documentType() {
        return DunningAccountDocument.class;
    }

    @Override
    public Object documentId(BillPaid paid) {
        return paid.accountId();
    }

    @Override
    public DunningAccountDocument newDocument(BillPaid paid, CloudEvent event) {
        return DunningAccountDocument.of(paid.accountId(), paid.unitId(), paid.communityId());
    }

    @Override
    public void apply(DunningAccountDocument document, BillPaid paid, CloudEvent event) {
        scan.reviewAccount(document);
    }
}
