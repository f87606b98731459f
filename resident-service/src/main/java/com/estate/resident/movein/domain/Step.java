package com.estate.resident.movein.domain;

/**
 * The steps of a move-in, in the operating manual's order (infra/BUSINESS-RULES.md §1); a case is at the first one
 * not done.
 */
public enum Step {
    DOCUMENTS,
    REGISTRATION,
    FEES,
    HANDOVER,
    METER_READINGS,
    INSPECTION,
    COMPLETION,
    /** Every step done: the unit is occupied and the archive complete. */
    DONE
}
