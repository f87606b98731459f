package com.estate.workorder.returnvisit.domain;

/** How the visit was made (infra/BUSINESS-RULES.md §2: by phone or in person). */
public enum VisitChannel {
    PHONE("phone"),
    IN_PERSON("in-person");

    private final String wire;

    VisitChannel(String wire) {
        this.wire = wire;
    }

    /** The value of the {@code return-visit.completed} event's {@code channel}. */
    public String wire() {
        return wire;
    }
}
