package com.estate.billing.account.messaging;

import java.util.Objects;

/** The fields billing reads from {@code com.estate.resident.unit.registered.v1} (tolerant reader). */
record UnitRegistered(String unitId, String communityId) {

    static final String TYPE = "com.estate.resident.unit.registered.v1";

    UnitRegistered {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
    }
}
