package com.estate.workorder.order.domain;

import com.estate.platform.problem.ConflictException;

/**
 * 409: the action is allowed in the order's status but the order is not ready for it (a paid repair whose quote the
 * resident has not accepted, a pool grab of an order that is not in the pool, a second rating).
 */
public class WorkOrderRuleException extends ConflictException {

    public WorkOrderRuleException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }
}
