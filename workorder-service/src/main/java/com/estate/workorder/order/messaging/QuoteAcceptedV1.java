package com.estate.workorder.order.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.quote.QuoteLine;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.workorder.quote.accepted.v1} (contract in infra/contracts): the resident (or the
 * desk for them) accepted the quote of a paid repair; work may start. The charge itself is requested once the work
 * is done and accepted ({@code charge.requested}). Keyed by the order id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteAcceptedV1(String orderId, String communityId, String unitId, String total, String currency,
        List<Line> lines, String acceptedBy, long orderRevision, Instant acceptedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.quote.accepted.v1", "workorder.events");

    public record Line(String itemCode, String kind, String quantity, String amount) {
    }

    static QuoteAcceptedV1 of(WorkOrder order, long revision) {
        var quote = order.quote();
        return new QuoteAcceptedV1(order.id(), order.communityId(), order.unitId(), quote.total().toPlainString(),
                quote.total().currency(), quote.lines().stream().map(QuoteAcceptedV1::line).toList(),
                quote.decidedBy(), revision, quote.decidedAt());
    }

    private static Line line(QuoteLine line) {
        return new Line(line.itemCode(), line.kind().name(), line.quantity().toPlainString(),
                line.amount().toPlainString());
    }
}
