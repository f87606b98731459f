package com.estate.workorder.returnvisit.messaging;

import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.OutboxEvent;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import org.springframework.stereotype.Component;

/**
 * The return visits' events on {@code workorder.events}, keyed by the work order's id (so they keep their order with
 * the order's own events). Each event id is derived from the fact it announces (the visit and its due time, the
 * visit made), so a step repeated after a crash raises the same event, which consumers dedupe.
 */
@Component
public class ReturnVisitEvents {

    public static final String TOPIC = "workorder.events";
    public static final IntegrationEventType DUE =
            new IntegrationEventType("com.estate.workorder.return-visit.due.v1", TOPIC);
    public static final IntegrationEventType OVERDUE =
            new IntegrationEventType("com.estate.workorder.return-visit.overdue.v1", TOPIC);
    public static final IntegrationEventType COMPLETED =
            new IntegrationEventType("com.estate.workorder.return-visit.completed.v1", TOPIC);

    private final OutboxEvents outboxEvents;

    ReturnVisitEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    public OutboxEvent due(ReturnVisit visit) {
        return of(DUE, "return-visit-due", visit.id() + "@" + visit.dueBy(), visit,
                new ReturnVisitDueV1(visit.id(), visit.orderId(), visit.communityId(), visit.unitId(),
                        visit.category(), visit.basis().name(), visit.clockStartedOn().toString(), visit.dueBy()));
    }

    public OutboxEvent overdue(ReturnVisit visit) {
        return of(OVERDUE, "return-visit-overdue", visit.id() + "@" + visit.dueBy(), visit,
                new ReturnVisitOverdueV1(visit.id(), visit.orderId(), visit.communityId(), visit.unitId(),
                        visit.category(), visit.dueBy(), visit.overdueAt()));
    }

    public OutboxEvent completed(ReturnVisit visit) {
        var outcome = visit.outcome();
        return of(COMPLETED, "return-visit-completed", visit.id(), visit,
                new ReturnVisitCompletedV1(visit.id(), visit.orderId(), visit.communityId(), visit.unitId(),
                        outcome.channel().wire(), outcome.satisfied(), outcome.rating(), outcome.onTime(),
                        outcome.reworkOrderId(), outcome.visitedAt()));
    }

    private OutboxEvent of(IntegrationEventType type, String purpose, String factId, ReturnVisit visit, Object data) {
        return outboxEvents.create(type, visit.orderId(), visit.communityId(), data)
                .withEventId(DerivedIds.of(purpose, factId));
    }
}
