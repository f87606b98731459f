package com.estate.workorder.returnvisit.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.returnvisit.ReturnVisits;
import com.estate.workorder.returnvisit.persistence.ReturnVisitDocument;
import org.springframework.stereotype.Component;

/**
 * Every completed work order gets its return visit (100% coverage, infra/BUSINESS-RULES.md §2), from the service's
 * own {@code order.status-changed}: one per order (its id derived from the order's), however often the event is
 * delivered, the completion and the visit's due time in the same write as the event id.
 */
@Component
class OrderCompletedHandler extends VisitEventHandler<OrderCompleted> {

    static final IntegrationEventType STATUS_CHANGED =
            new IntegrationEventType("com.estate.workorder.order.status-changed.v1", ReturnVisitEvents.TOPIC);

    OrderCompletedHandler(ReturnVisits visits) {
        super(visits);
    }

    @Override
    public IntegrationEventType eventType() {
        return STATUS_CHANGED;
    }

    @Override
    public Class<OrderCompleted> dataType() {
        return OrderCompleted.class;
    }

    @Override
    public boolean concerns(OrderCompleted data) {
        return "COMPLETED".equals(data.status());
    }

    @Override
    public void apply(ReturnVisitDocument document, OrderCompleted data, CloudEvent event) {
        visits.advance(document, visit -> visit.completed(data.changedAt(), data.orderRevision(), visits.deadlines()));
    }
}
