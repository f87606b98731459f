package com.estate.billing.unit.messaging;

/** An event's data that names one unit of one community. */
interface UnitScoped {

    String unitId();

    String communityId();
}
