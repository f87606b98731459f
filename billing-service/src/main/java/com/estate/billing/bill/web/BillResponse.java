package com.estate.billing.bill.web;

import com.estate.billing.bill.messaging.BillIssuedV1;
import com.fasterxml.jackson.annotation.JsonInclude;

import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A bill as residents and staff read it; amounts are decimal strings with two places. */
record BillResponse(String id, String accountId, String unitId, String communityId, Period period,
        RequestedBy requestedBy, List<Line> lines, String total, String openAmount, String currency,
        LocalDate dueDate, Instant issuedAt, BillStatus status, List<Allocation> allocations, Instant paidAt) {

    record Period(LocalDate from, LocalDate to) {
    }

    record RequestedBy(String kind, String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String item, String description, String amount, String chargeId, BillIssuedV1.Metered metered) {
    }

    record Allocation(String id, String amount, Instant appliedAt, Instant reversedAt) {
    }

    static BillResponse of(Bill bill) {
        return new BillResponse(bill.id(), bill.accountId(), bill.unitId(), bill.communityId(),
                bill.period() == null ? null : new Period(bill.period().from(), bill.period().to()),
                bill.requestedBy() == null ? null : new RequestedBy(bill.requestedBy().kind(), bill.requestedBy().id()),
                bill.lines().stream().map(l -> new Line(l.item(), l.description(), l.amount().toPlainString(),
                        l.chargeId(), BillIssuedV1.Metered.of(l.metered()))).toList(),
                bill.total().toPlainString(), bill.openAmount().toPlainString(), bill.total().currency(),
                bill.dueDate(), bill.issuedAt(), bill.status(),
                bill.allocations().stream().map(a -> new Allocation(a.id(), a.amount().toPlainString(), a.appliedAt(),
                        a.reversedAt())).toList(),
                bill.paidAt());
    }
}
