package com.estate.resident.gatepass.web;

import com.estate.resident.gatepass.persistence.GatePassCheckDocument;
import java.time.Instant;

/** One line of the gate's check log. */
record CheckLogEntryResponse(String id, String passId, String passKind, String checkedBy, Instant checkedAt,
        String result, String reason) {

    static CheckLogEntryResponse of(GatePassCheckDocument check) {
        return new CheckLogEntryResponse(check.id(), check.passId(),
                check.passKind() == null ? null : check.passKind().name(), check.checkedBy(), check.checkedAt(),
                check.accepted() ? "ACCEPTED" : "REFUSED", check.reason() == null ? null : check.reason().name());
    }
}
