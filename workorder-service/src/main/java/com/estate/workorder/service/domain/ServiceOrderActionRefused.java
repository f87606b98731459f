package com.estate.workorder.service.domain;

import com.estate.platform.problem.ConflictException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** 409: the action is not possible in the order's state; the problem names the state and what is possible now. */
public class ServiceOrderActionRefused extends ConflictException {

    private final ServiceOrderStatus status;
    private final List<String> allowed;

    public ServiceOrderActionRefused(String orderId, ServiceOrderAction action, ServiceOrderStatus status) {
        super("service-order-action-refused", "service order " + orderId + " is " + status + ": " + action
                + " is not possible", action.path(), status.name());
        this.status = status;
        this.allowed = ServiceOrderAction.allowedIn(status, EnumSet.allOf(ServiceOrderAction.class)).stream()
                .map(ServiceOrderAction::path).toList();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentStatus", status.name(), "allowedActions", allowed);
    }
}
