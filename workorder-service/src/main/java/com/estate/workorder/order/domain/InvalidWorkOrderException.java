package com.estate.workorder.order.domain;

import com.estate.platform.problem.BusinessRuleException;

/** 422: a command the domain refuses whatever the order's status (a window that ends before it starts, no reason). */
public class InvalidWorkOrderException extends BusinessRuleException {

    public InvalidWorkOrderException(String what, String defaultDetail) {
        super("invalid-work-order", defaultDetail, what);
    }
}
