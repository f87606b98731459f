package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A bill of the unit ({@code billing.bill.issued}). A bill has two states the timeline shows, issued (revision 1)
 * and paid ({@link BillPaidHandler}, revision 2), so a late issue event never makes a paid bill unpaid again.
 */
@Component
class BillIssuedHandler extends UnitEntryHandler<BillIssuedHandler.BillIssued> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.billing.bill.issued.v1",
            "billing.events");

    static final long ISSUED = 1;

    record Period(LocalDate from, LocalDate to) {
    }

    record BillIssued(String billId, String unitId, String communityId, String total, LocalDate dueDate,
            Period period, Instant issuedAt) implements HouseholdEvent {

        BillIssued {
            Required.text(billId, "billId");
            Required.text(unitId, "unitId");
            Required.text(communityId, "communityId");
            Required.text(total, "total");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }

    BillIssuedHandler(TimelineProperties properties) {
        super(TYPE, BillIssued.class, properties);
    }

    static String entryId(String billId) {
        return "bill:" + billId;
    }

    static String link(String billId) {
        return "/api/billing/bills/" + billId;
    }

    @Override
    Optional<TimelineEntry> entry(BillIssued bill, CloudEvent event) {
        Period period = bill.period();
        return Optional.of(new TimelineEntry(entryId(bill.billId()), TimelineKind.BILL, bill.issuedAt(),
                "timeline.bill", Params.of("total", bill.total(), "dueDate", bill.dueDate(),
                        "periodFrom", period == null ? null : period.from(),
                        "periodTo", period == null ? null : period.to()),
                "ISSUED", link(bill.billId()), ISSUED));
    }
}
