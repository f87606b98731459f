package com.estate.resident.movein.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.events.InvalidEventException;
import com.estate.resident.movein.domain.Defect;
import com.estate.resident.movein.domain.MoveInCase;
import org.springframework.stereotype.Component;

/**
 * The work order of a move-in defect moved ({@code origin} kind {@code movein-defect}, id {@code <caseId>:<n>}); an
 * order's events apply in its {@code orderRevision} order (the case keeps the last one applied).
 */
@Component
class MoveInDefectOrderHandler extends MoveInCaseHandler<OrderStatusChanged> {

    static final IntegrationEventType TYPE = new IntegrationEventType(
            "com.estate.workorder.order.status-changed.v1", "workorder.events");

    MoveInDefectOrderHandler(MoveInPublications publications) {
        super(publications);
    }

    @Override
    public IntegrationEventType eventType() {
        return TYPE;
    }

    @Override
    public Class<OrderStatusChanged> dataType() {
        return OrderStatusChanged.class;
    }

    @Override
    public boolean concerns(OrderStatusChanged order) {
        return order.isMoveInDefect();
    }

    @Override
    String caseId(OrderStatusChanged order) {
        String caseId = order.origin().id() == null ? null : Defect.caseIdOf(order.origin().id());
        if (caseId == null || Defect.numberOf(order.origin().id()) < 1) {
            throw new InvalidEventException("order " + order.orderId() + " names no move-in defect: "
                    + order.origin().id());
        }
        return caseId;
    }

    @Override
    MoveInCase.Change change(MoveInCase movein, OrderStatusChanged order, CloudEvent event) {
        int number = Defect.numberOf(order.origin().id());
        if (movein.inspection() == null || movein.inspection().defects().stream().noneMatch(d -> d.number() == number)) {
            throw new InvalidEventException("case " + movein.id() + " has no defect " + order.origin().id());
        }
        return movein.orderChanged(number, order.orderId(), order.orderRevision(), order.status(),
                order.changedAt() == null ? event.time() : order.changedAt());
    }
}
