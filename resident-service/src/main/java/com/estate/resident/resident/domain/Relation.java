package com.estate.resident.resident.domain;

/** How a resident is registered for a unit; co-owners are several {@code OWNER}s of one unit. */
public enum Relation {
    OWNER,
    TENANT,
    HOUSEHOLD_MEMBER
}
