package com.estate.workorder.order.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.workorder.order.domain.WorkOrder;
import java.time.Instant;

/**
 * Integration event {@code com.estate.workorder.order.status-changed.v1} (contract in infra/contracts): the order's
 * current status after intake (OPEN) and every move, with {@code orderRevision} to order them. The fields after
 * {@code changedAt} were added for the suite's other readers (statistics, return visits); all optional in the
 * contract. No personal data: ids and codes only.
 *
 * @param action the action that led here ({@code intake}, {@code assign}, {@code finish}, ...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderStatusChangedV1(String orderId, String communityId, String unitId, String category, String status,
        Origin origin, long orderRevision, Instant changedAt, String action, String channel, boolean emergency,
        String assigneeId, String coverage, Instant createdAt, Instant respondedAt, Instant completedAt,
        String leakTestOn) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.order.status-changed.v1", "workorder.events");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Origin(String kind, String id) {
    }

    static OrderStatusChangedV1 of(WorkOrder order, String action, long revision) {
        return new OrderStatusChangedV1(order.id(), order.communityId(), order.unitId(), order.category(),
                order.status().name(), new Origin(order.origin().kind().wire(), order.origin().id()), revision,
                order.changedAt(), action, order.channel().name(), order.emergency(), order.assigneeId(),
                order.warranty().coverage().name(), order.createdAt(), order.deadlines().respondedAt(),
                order.deadlines().completedAt(), order.leakTestOn() == null ? null : order.leakTestOn().toString());
    }
}
