package com.estate.workorder.duty.domain;

/**
 * Where a duty-log entry went (infra/BUSINESS-RULES.md §9): a new work order, a complaint, answered on the spot
 * (an inquiry), or, only at a handover, closed with a reason.
 */
public enum Resolution {
    WORK_ORDER, COMPLAINT, INQUIRY, CLOSED
}
