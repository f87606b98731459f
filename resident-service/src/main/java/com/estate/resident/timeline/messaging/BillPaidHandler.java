package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The unit's bill entry becomes paid ({@code billing.bill.paid}), whether or not its issue event came first. */
@Component
class BillPaidHandler extends UnitEntryHandler<BillPaidHandler.BillPaid> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.billing.bill.paid.v1",
            "billing.events");

    static final long PAID = BillIssuedHandler.ISSUED + 1;

    record BillPaid(String billId, String unitId, String communityId, String total, Instant paidAt)
            implements HouseholdEvent {

        BillPaid {
            Required.text(billId, "billId");
            Required.text(unitId, "unitId");
            Required.text(communityId, "communityId");
            Required.text(total, "total");
            Objects.requireNonNull(paidAt, "paidAt");
        }
    }

    BillPaidHandler(TimelineProperties properties) {
        super(TYPE, BillPaid.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(BillPaid bill, CloudEvent event) {
        return Optional.of(new TimelineEntry(BillIssuedHandler.entryId(bill.billId()), TimelineKind.BILL,
                bill.paidAt(), "timeline.bill", Params.of("total", bill.total()), "PAID",
                BillIssuedHandler.link(bill.billId()), PAID));
    }
}
