package com.estate.workorder.order.domain;

import com.estate.platform.problem.ConflictException;
import java.util.List;
import java.util.Map;

/** 409: the action is not allowed in the order's status; names the status and what is allowed there. */
public class ActionNotAllowedException extends ConflictException {

    private final WorkOrderStatus current;
    private final List<String> allowed;

    public ActionNotAllowedException(Action action, WorkOrderStatus current) {
        this(action, current, Action.allowedActions(current).stream().map(Action::wire).toList());
    }

    private ActionNotAllowedException(Action action, WorkOrderStatus current, List<String> allowed) {
        super("work-order-action-not-allowed", "the order is " + current + ": " + action.wire()
                + " is not allowed; allowed: " + allowed, action.wire(), current.name(), String.join(", ", allowed));
        this.current = current;
        this.allowed = allowed;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentStatus", current.name(), "allowedActions", allowed);
    }
}
