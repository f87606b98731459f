package com.estate.resident.timeline.messaging;

/** A tolerant reader of an event about one household's record: the unit it concerns, if any, and its community. */
interface HouseholdEvent {

    /** null when the record concerns no unit (a public-area work order) */
    String unitId();

    String communityId();
}
