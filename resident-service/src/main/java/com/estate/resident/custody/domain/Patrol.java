package com.estate.resident.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a patrol of the unit found (the outside of the unit, infra/BUSINESS-RULES.md §1), with photos stored as the
 * unit's attachments, told to the owner.
 *
 * @param requestId the patrol request it answers, if any
 */
public record Patrol(String id, String requestId, LocalDate patrolledOn, String findings, boolean problemsFound,
        List<String> photoIds, String recordedBy, Instant recordedAt) {

    public Patrol {
        photoIds = List.copyOf(photoIds);
    }
}
