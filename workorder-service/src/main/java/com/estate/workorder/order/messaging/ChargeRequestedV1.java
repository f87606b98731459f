package com.estate.workorder.order.messaging;

import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.workorder.order.domain.WorkOrder;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.workorder.charge.requested.v1} (contract in infra/contracts) for a paid repair
 * ({@code source.kind work-order}), once its quote and its work are accepted. {@code chargeId} is derived from the
 * order, so however often it is requested billing bills it once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeRequestedV1(String chargeId, String communityId, String unitId, String itemCode, String amount,
        String currency, String reason, Source source, Instant requestedAt, List<Line> lines) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.charge.requested.v1", "workorder.events");

    static final String ITEM_CODE = "PAID_REPAIR";

    public record Source(String kind, String id) {
    }

    public record Line(String description, String amount) {
    }

    /** The deterministic charge id of an order's paid repair. */
    public static String chargeIdOf(String orderId) {
        return DerivedIds.of("charge", ITEM_CODE + "/work-order/" + orderId);
    }

    static ChargeRequestedV1 of(WorkOrder order, String reason, Instant now) {
        var quote = order.quote();
        return new ChargeRequestedV1(chargeIdOf(order.id()), order.communityId(), order.unitId(), ITEM_CODE,
                quote.total().toPlainString(), quote.total().currency(), reason, new Source("work-order", order.id()),
                now, quote.lines().stream().map(l -> new Line(l.description() == null ? l.itemCode() : l.description(),
                        l.amount().toPlainString())).toList());
    }
}
