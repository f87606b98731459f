package com.estate.resident.release.domain;

public enum ReleaseStatus {
    /** Waiting for the desk. */
    SUBMITTED,
    /** Approved: a single-use gate pass was issued for the release day. */
    APPROVED,
    REFUSED
}
