package com.estate.workorder.order.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.workorder.order.domain.DeadlineKind;
import com.estate.workorder.order.domain.WorkOrder;
import java.time.Instant;

/**
 * Integration event {@code com.estate.workorder.order.overdue.v1} (contract in infra/contracts): an order missed its
 * response or completion target. Once per order, target and reopening (the scanner marks the order in the same
 * write). Keyed by the order id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderOverdueV1(String orderId, String communityId, String unitId, String category, boolean emergency,
        String deadline, Instant dueAt, String status, String assigneeId, long orderRevision, Instant detectedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.order.overdue.v1", "workorder.events");

    static OrderOverdueV1 of(WorkOrder order, DeadlineKind kind, long revision, Instant now) {
        Instant due = kind == DeadlineKind.RESPONSE ? order.deadlines().respondBy() : order.deadlines().completeBy();
        return new OrderOverdueV1(order.id(), order.communityId(), order.unitId(), order.category(),
                order.emergency(), kind.name(), due, order.status().name(), order.assigneeId(), revision, now);
    }
}
