package com.estate.resident.release.domain;

/** Who moves the goods out: a resident of a unit, or a shop or company of the community (at the desk). */
public enum ApplicantKind {
    RESIDENT,
    SHOP,
    COMPANY
}
