package com.estate.resident.custody.messaging;

import java.time.Instant;
import java.util.List;

/**
 * The fields of workorder-service's {@code patrol.completed.v1} a custody reads (tolerant reader): which custody
 * patrol of which request, when, by whom and what it found.
 */
record PatrolCompleted(String patrolId, String custodyId, String requestId, Instant recordedAt, String recordedBy,
        String findings, boolean problemsFound, List<Check> checks, List<String> orderIds) {

    record Check(String code, boolean ok, String note) {
    }

    /** The findings as the desk would write them: the patroller's words, else what the failed points say. */
    String summary() {
        if (findings != null && !findings.isBlank()) {
            return findings.strip();
        }
        List<String> notes = checks == null ? List.of() : checks.stream().filter(check -> !check.ok())
                .map(check -> check.code() + ": " + (check.note() == null ? "" : check.note().strip())).toList();
        return notes.isEmpty() ? "" : String.join("; ", notes);
    }
}
