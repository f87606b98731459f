package com.estate.workorder.service.messaging;

import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.outbox.OutboxEvent;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.workorder.service.domain.ServiceOrder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A service order's charge request to billing ({@code com.estate.workorder.charge.requested.v1}), keyed by the
 * order's id. Its {@code chargeId} and event id are derived from the order, so however often acceptance were raised
 * it is one charge: billing bills a chargeId once.
 */
@Component
public class ServiceOrderEvents {

    public static final IntegrationEventType CHARGE_REQUESTED =
            new IntegrationEventType("com.estate.workorder.charge.requested.v1", "workorder.events");
    static final String ITEM_CODE = "CONVENIENCE_SERVICE";

    private final OutboxEvents outboxEvents;

    ServiceOrderEvents(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    /**
     * The charge id of a service order's fee: the same order always names the same charge (derived as every charge of
     * the suite is, from the item code and the source).
     */
    public static String chargeIdOf(String serviceOrderId) {
        return DerivedIds.of("charge", ITEM_CODE + "/service-order/" + serviceOrderId);
    }

    public OutboxEvent chargeRequested(ServiceOrder order) {
        String amount = order.fee().toPlainString();
        String reason = "便民服务：" + order.itemName();
        var data = new ServiceChargeRequestedV1(chargeIdOf(order.id()), order.communityId(), order.unitId(),
                ITEM_CODE, amount, order.fee().currency(), reason,
                new ServiceChargeRequestedV1.Source("service-order", order.id()), order.acceptedAt(),
                List.of(new ServiceChargeRequestedV1.Line(order.itemName() + " × " + order.quantity().toPlainString()
                        + " (" + order.price().unit() + ")", amount)));
        return outboxEvents.create(CHARGE_REQUESTED, order.id(), order.communityId(), data)
                .withEventId(DerivedIds.of("service-order-charge-requested", order.id()));
    }
}
