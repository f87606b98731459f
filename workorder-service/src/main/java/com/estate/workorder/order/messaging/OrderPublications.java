package com.estate.workorder.order.messaging;

import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.contracts.identity.Role;
import com.estate.workorder.order.domain.Action;
import com.estate.workorder.order.domain.DeadlineKind;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.order.domain.WorkOrderStatus;
import com.estate.workorder.order.persistence.WorkOrderDocument;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The events and notification requests an order's change raises, queued on its document so they are written with
 * the change (infra/ARCHITECTURE.md §23): {@code order.status-changed} whenever the status moved (and at intake),
 * the specific events of quotes, leak tests, overdue targets and charges, and the notifications of the repair's
 * steps (appointment confirmed, technician on the way, completed, please rate, assigned, urged).
 */
@Component
public class OrderPublications {

    private final OutboxEvents outboxEvents;
    private final Notifications notifications;
    private final Clock clock;

    OrderPublications(OutboxEvents outboxEvents, Notifications notifications, Clock clock) {
        this.outboxEvents = outboxEvents;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void opened(WorkOrderDocument document) {
        statusChanged(document, "intake");
    }

    /** After an action changed the order (not yet saved). */
    public void acted(WorkOrderDocument document, Action action, WorkOrderStatus before, String actor) {
        WorkOrder order = document.order();
        if (order.status() != before) {
            statusChanged(document, action.wire());
        }
        switch (action) {
            case ASSIGN, GRAB, TRANSFER -> notifyAssignee(document, "workorder.assigned", Urgency.NORMAL);
            case ACCEPT -> notifyRequester(document, "workorder.appointment-confirmed", Map.of(
                    "appointmentFrom", order.appointment().from().toString(),
                    "appointmentTo", order.appointment().to().toString()));
            case START -> notifyRequester(document, "workorder.technician-on-the-way", Map.of());
            case FINISH -> notifyRequester(document, "workorder.completed", Map.of());
            case ACCEPT_WORK -> notifyRequester(document, "workorder.please-rate", Map.of());
            case QUOTE -> notifyRequester(document, "workorder.quote-proposed",
                    Map.of("total", order.quote().total().toPlainString()));
            case ACCEPT_QUOTE -> publish(document, QuoteAcceptedV1.TYPE,
                    QuoteAcceptedV1.of(order, document.revisionOnceSaved()));
            case LEAK_TEST -> publish(document, LeakTestRecordedV1.TYPE,
                    LeakTestRecordedV1.of(order, actor, document.revisionOnceSaved()));
            case URGE -> notifyUrged(document);
            default -> {
            }
        }
        if (order.takeChargeDue()) {
            publish(document, ChargeRequestedV1.TYPE, ChargeRequestedV1.of(order, "维修服务费 / paid repair "
                    + order.category(), clock.instant()));
        }
    }

    public void overdue(WorkOrderDocument document, DeadlineKind kind) {
        WorkOrder order = document.order();
        publish(document, OrderOverdueV1.TYPE, OrderOverdueV1.of(order, kind, document.revisionOnceSaved(),
                clock.instant()));
        NotificationRecipient who = order.assigneeId() != null
                ? new NotificationRecipient.StaffMember(order.communityId(), order.assigneeId())
                : new NotificationRecipient.CommunityRole(order.communityId(), Role.CS_SUPERVISOR);
        notifications.request(document, who, "workorder.overdue", Map.of("orderId", order.id(), "deadline",
                kind.name()), Urgency.URGENT);
    }

    private void statusChanged(WorkOrderDocument document, String action) {
        publish(document, OrderStatusChangedV1.TYPE,
                OrderStatusChangedV1.of(document.order(), action, document.revisionOnceSaved()));
    }

    private void publish(WorkOrderDocument document, com.estate.platform.events.IntegrationEventType type,
            Object data) {
        WorkOrder order = document.order();
        document.publish(outboxEvents.create(type, order.id(), order.communityId(), data));
    }

    private void notifyAssignee(WorkOrderDocument document, String template, Urgency urgency) {
        WorkOrder order = document.order();
        notifications.request(document, new NotificationRecipient.StaffMember(order.communityId(),
                order.assigneeId()), template, Map.of("orderId", order.id(), "category", order.category()),
                order.emergency() ? Urgency.URGENT : urgency);
    }

    private void notifyUrged(WorkOrderDocument document) {
        WorkOrder order = document.order();
        NotificationRecipient who = order.assigneeId() != null
                ? new NotificationRecipient.StaffMember(order.communityId(), order.assigneeId())
                : new NotificationRecipient.CommunityRole(order.communityId(), Role.CS_AGENT);
        notifications.request(document, who, "workorder.urged", Map.of("orderId", order.id(),
                "urgeCount", Integer.toString(order.urgeCount())), Urgency.URGENT);
    }

    /** The household of the unit, or the resident who reported a public-area repair; nobody for staff reports. */
    private void notifyRequester(WorkOrderDocument document, String template, Map<String, String> extra) {
        WorkOrder order = document.order();
        NotificationRecipient who;
        if (order.unitId() != null) {
            who = new NotificationRecipient.Household(order.communityId(), order.unitId());
        } else if (order.requester().kind() == Requester.Kind.RESIDENT) {
            who = new NotificationRecipient.Resident(order.communityId(), order.requester().id());
        } else {
            return;
        }
        var params = new java.util.HashMap<>(extra);
        params.put("orderId", order.id());
        params.put("category", order.category());
        notifications.request(document, who, template, params, Urgency.NORMAL);
    }
}
