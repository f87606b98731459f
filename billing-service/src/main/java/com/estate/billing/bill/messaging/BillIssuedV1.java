package com.estate.billing.bill.messaging;

import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillLine;
import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Integration event {@code com.estate.billing.bill.issued.v1}; its contract is in infra/contracts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BillIssuedV1(String billId, String accountId, String unitId, String communityId, Period period,
        RequestedByV1 requestedBy, List<Line> lines, String total, String currency, LocalDate dueDate,
        Instant issuedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.billing.bill.issued.v1", "billing.events");

    public record Period(LocalDate from, LocalDate to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String item, String description, String amount, String chargeId, Metered metered) {
    }

    /** The readings a metered line bills (additive: only on metered lines); decimals as strings. */
    public record Metered(String meter, String fromReading, LocalDate fromReadOn, String toReading,
            LocalDate toReadOn, String quantity, String unitPrice) {

        public static Metered of(BillLine.Metered metered) {
            return metered == null ? null : new Metered(metered.meter(), metered.fromReading().toPlainString(),
                    metered.fromReadOn(), metered.toReading().toPlainString(), metered.toReadOn(),
                    metered.quantity().toPlainString(), metered.unitPrice().toPlainString());
        }
    }

    public static BillIssuedV1 of(Bill bill) {
        return new BillIssuedV1(bill.id(), bill.accountId(), bill.unitId(), bill.communityId(),
                bill.period() == null ? null : new Period(bill.period().from(), bill.period().to()),
                RequestedByV1.of(bill.requestedBy()),
                bill.lines().stream().map(l -> new Line(l.item(), l.description(), l.amount().toPlainString(),
                        l.chargeId(), Metered.of(l.metered())))
                        .toList(),
                bill.total().toPlainString(), bill.total().currency(), bill.dueDate(), bill.issuedAt());
    }
}
