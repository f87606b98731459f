package com.estate.workorder.order.domain;

/**
 * Where an order is (infra/ARCHITECTURE.md §23). OPEN and REOPENED wait for dispatch; ASSIGNED waits for the
 * technician to accept; SCHEDULED has an agreed appointment; IN_PROGRESS and PAUSED (waiting for parts) are the
 * work; COMPLETED waits for the resident, who accepts (ACCEPTED) or disputes (DISPUTED); CLOSED and CANCELLED end.
 */
public enum WorkOrderStatus {
    OPEN,
    ASSIGNED,
    SCHEDULED,
    IN_PROGRESS,
    PAUSED,
    COMPLETED,
    ACCEPTED,
    DISPUTED,
    REOPENED,
    CLOSED,
    CANCELLED;

    /** Still someone's work: counts towards a technician's load and can be overdue. */
    public boolean isActive() {
        return this == ASSIGNED || this == SCHEDULED || this == IN_PROGRESS || this == PAUSED;
    }

    /** Waits for a technician. */
    public boolean awaitsDispatch() {
        return this == OPEN || this == REOPENED;
    }

    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
