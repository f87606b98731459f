package com.estate.resident.timeline.domain;

/** What a household timeline entry is about; a client filters by it ({@code ?kind=BILL,PAYMENT}). */
public enum TimelineKind {
    WORK_ORDER,
    COMPLAINT,
    BILL,
    PAYMENT,
    ACTIVITY_SIGNUP,
    VISIT,
    NOTIFICATION,
    /** a resident of the unit was registered or moved out */
    RESIDENT,
    /** the unit's status changed (occupied, in custody, under renovation, ...) */
    UNIT
}
