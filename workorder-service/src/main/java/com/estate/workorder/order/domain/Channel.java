package com.estate.workorder.order.domain;

/**
 * How a repair request reached the service desk (infra/BUSINESS-RULES.md §2, §9): the person channels and the
 * processes that raise orders themselves.
 */
public enum Channel {
    FRONT_DESK,
    PHONE,
    RESIDENT_APP,
    DUTY_LOG,
    MOVE_IN_DEFECT,
    CUSTODY,
    PATROL,
    RENOVATION_INSPECTION,
    RETURN_VISIT_REWORK
}
