package com.estate.workorder.warranty;

/** Why the warranty decision is what it is. */
public enum WarrantyBasis {
    /** The unit's handover date plus the category's period covers the day of the report. */
    IN_WARRANTY,
    /** The category's period from the handover date ended before the day of the report. */
    WARRANTY_EXPIRED,
    /** The category carries no warranty (e.g. wear and tear, a resident's own appliance). */
    NO_WARRANTY_FOR_CATEGORY,
    /** The unit's handover date is not known, so no warranty can be shown; staff decide (override). */
    HANDOVER_DATE_UNKNOWN,
    /** Public areas are the property company's to maintain (free to residents). */
    PUBLIC_AREA,
    /** Staff decided otherwise, with a reason. */
    OVERRIDDEN
}
