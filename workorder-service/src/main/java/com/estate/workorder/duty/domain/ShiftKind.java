package com.estate.workorder.duty.domain;

import com.estate.contracts.identity.Role;

/**
 * The shifts of the service centre's day (infra/BUSINESS-RULES.md §9): the day desk, the noon shift a
 * customer-service agent covers in rotation, and the night shift a maintenance technician keeps in the centre.
 */
public enum ShiftKind {
    DAY(Role.CS_AGENT), NOON(Role.CS_AGENT), NIGHT(Role.TECHNICIAN);

    private final Role staffedBy;

    ShiftKind(Role staffedBy) {
        this.staffedBy = staffedBy;
    }

    /** The role whose members keep this shift. */
    public Role staffedBy() {
        return staffedBy;
    }
}
