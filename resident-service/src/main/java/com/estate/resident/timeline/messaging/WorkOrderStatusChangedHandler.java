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

/** A work order of the unit, in its newest status ({@code workorder.order.status-changed}, by orderRevision). */
@Component
class WorkOrderStatusChangedHandler extends UnitEntryHandler<WorkOrderStatusChangedHandler.OrderChanged> {

    static final IntegrationEventType TYPE = new IntegrationEventType(
            "com.estate.workorder.order.status-changed.v1", "workorder.events");

    /** What the timeline reads of the event; {@code title} is the producer's short description, free of personal data. */
    record OrderChanged(String orderId, String communityId, String unitId, String category, String title,
            String status, long orderRevision, Instant changedAt) implements HouseholdEvent {

        OrderChanged {
            Required.text(orderId, "orderId");
            Required.text(communityId, "communityId");
            Required.text(category, "category");
            Required.text(status, "status");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    WorkOrderStatusChangedHandler(TimelineProperties properties) {
        super(TYPE, OrderChanged.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(OrderChanged order, CloudEvent event) {
        boolean summarised = order.title() != null && !order.title().isBlank();
        return Optional.of(new TimelineEntry("workorder:" + order.orderId(), TimelineKind.WORK_ORDER,
                order.changedAt(), summarised ? "timeline.work-order.summary" : "timeline.work-order",
                Params.of("category", order.category(), "summary", summarised ? order.title() : null),
                order.status(), "/api/work-orders/" + order.orderId(), order.orderRevision()));
    }
}
