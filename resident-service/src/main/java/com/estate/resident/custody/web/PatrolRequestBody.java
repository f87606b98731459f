package com.estate.resident.custody.web;

import com.estate.resident.custody.CustodyRecords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a patrol found. Photos are {@code photo} attachments of the unit, uploaded first.
 *
 * @param requestId   the patrol request this answers, if any
 * @param patrolledOn today in the community when left out
 */
record PatrolRequestBody(
        UUID requestId,
        LocalDate patrolledOn,
        @NotBlank @Size(max = 2000) String findings,
        @NotNull Boolean problemsFound,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> photoIds) {

    CustodyRecords.PatrolReport toReport() {
        return new CustodyRecords.PatrolReport(requestId == null ? null : requestId.toString(), patrolledOn,
                findings.strip(), problemsFound, Objects.requireNonNullElse(photoIds, List.<String>of()));
    }
}
