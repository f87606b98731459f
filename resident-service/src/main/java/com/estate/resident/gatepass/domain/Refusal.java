package com.estate.resident.gatepass.domain;

/** Why the gate refuses a pass; the guard is told, and the check log keeps it. */
public enum Refusal {
    /** A single-use pass that has already let its goods out. */
    USED,
    REVOKED,
    /** Its last valid day (in the community's time zone) has passed. */
    EXPIRED,
    /** Its first valid day (in the community's time zone) is still to come. */
    NOT_YET_VALID,
    /** No pass of the guard's community has this code. */
    UNKNOWN
}
