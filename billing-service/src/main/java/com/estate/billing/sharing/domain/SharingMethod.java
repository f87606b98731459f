package com.estate.billing.sharing.domain;

/** How a shared public cost is divided among a community's units. */
public enum SharingMethod {
    /** In proportion to each unit's floor area (建筑面积). */
    BY_FLOOR_AREA,
    /** The same share for every unit. */
    EQUALLY
}
