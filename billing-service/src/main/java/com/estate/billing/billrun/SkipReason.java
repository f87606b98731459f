package com.estate.billing.billrun;

/** Why a bill run bills a unit nothing. */
public enum SkipReason {
    /** The developer has not sold it: nobody owes its fees. */
    UNSOLD,
    /** Nobody moved in (nor put it in custody) by the period's end. */
    NOT_MOVED_IN,
    /** Its floor area is not known yet (its unit.registered has not been applied). */
    NO_AREA,
    /** A move-in bill charged the whole period in advance. */
    PREPAID,
    /** The schedule prices nothing for it in the period, and no one-off charge waits. */
    NOTHING_TO_BILL
}
