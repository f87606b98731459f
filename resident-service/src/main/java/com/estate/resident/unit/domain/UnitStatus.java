package com.estate.resident.unit.domain;

/**
 * What a unit is used for right now, as the service desk sees it. The processes of this service move a unit
 * between them: a completed move-in makes it {@link #OCCUPIED}, a custody agreement {@link #IN_CUSTODY}, a
 * renovation permit {@link #UNDER_RENOVATION}; ending custody or renovation puts back the status it replaced.
 */
public enum UnitStatus {
    /** Still held by the developer: nobody has bought it. */
    UNSOLD,
    /** Sold (or let) but nobody lives there. */
    VACANT,
    OCCUPIED,
    /** The owner is away and the property company looks after it (custody agreement). */
    IN_CUSTODY,
    UNDER_RENOVATION
}
