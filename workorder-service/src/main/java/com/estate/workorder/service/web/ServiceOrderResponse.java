package com.estate.workorder.service.web;

import com.estate.workorder.service.domain.PricingUnit;
import com.estate.workorder.service.domain.ServiceOrder;
import com.estate.workorder.service.domain.ServiceOrderAction;
import com.estate.workorder.service.domain.ServiceOrderStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A service order: what was agreed (the fee as a decimal string with its currency), where it stands, and the actions
 * its state allows now (what the caller's role allows is the server's to say when they try).
 */
record ServiceOrderResponse(String id, String communityId, String unitId, String itemId, String itemName,
        String department, String price, PricingUnit pricingUnit, String quantity, String fee, String currency,
        String area, Instant scheduledFor, String expectedResult, ServiceOrderStatus status, List<String> assignees,
        String note, String agreedBy, Instant agreedAt, Instant finishedAt, String acceptedBy, Instant acceptedAt,
        List<String> allowedActions) {

    static ServiceOrderResponse of(ServiceOrder order) {
        return new ServiceOrderResponse(order.id(), order.communityId(), order.unitId(), order.itemId(),
                order.itemName(), order.department(), order.price().price().toPlainString(), order.price().unit(),
                order.quantity().toPlainString(), order.fee().toPlainString(), order.fee().currency(), order.area(),
                order.scheduledFor(), order.expectedResult(), order.status(), order.assignees(), order.note(),
                order.agreedBy(), order.agreedAt(), order.finishedAt(), order.acceptedBy(), order.acceptedAt(),
                Arrays.stream(ServiceOrderAction.values()).filter(a -> a.allowedIn(order.status()))
                        .map(ServiceOrderAction::path).toList());
    }
}
