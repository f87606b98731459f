package com.estate.resident.renovation.domain;

/** The steps of a renovation (装修), in order; REJECTED ends an application whose plan was not approved. */
public enum RenovationStatus {
    /** Applied for; the plan waits for the supervisor's review. */
    SUBMITTED,
    /** Plan approved; the permit can be issued once its documents are there. */
    APPROVED,
    REJECTED,
    /** Permit issued (装修施工许可证): works may go on, the unit is under renovation. */
    PERMITTED,
    /** The owner reports the works finished; waiting for the property's acceptance. */
    COMPLETED,
    /** Accepted by the property: the unit is back to the status it had before. */
    ACCEPTED
}
