package com.estate.workorder.patrol.web;

import com.estate.workorder.patrol.domain.CheckResult;
import com.estate.workorder.patrol.domain.FoundProblem;
import com.estate.workorder.patrol.domain.PatrolResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the patrol found: every checklist point, free findings, and each problem that needs a repair (it becomes a
 * work order of the community's repair category named); photos uploaded to the patrol first, for the result as a
 * whole or for one problem (they go with its work order).
 */
record RecordPatrolRequest(
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Check> checks,
        @Size(max = 2000) String findings,
        @Size(max = 10) List<@Valid @NotNull Problem> problems,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> photoIds) {

    record Check(@NotBlank @Size(max = 40) String code, @NotNull Boolean ok, @Size(max = 500) String note) {
    }

    record Problem(@NotBlank @Size(max = 40) String category, @NotBlank @Size(max = 2000) String description,
            Boolean emergency, @Size(max = 20) List<@NotBlank @Size(max = 64) String> photoIds) {
    }

    PatrolResult toResult(String by, Instant at) {
        return new PatrolResult(checks.stream().map(c -> new CheckResult(c.code(), c.ok(), c.note())).toList(),
                findings == null ? "" : findings.strip(),
                Objects.requireNonNullElse(problems, List.<Problem>of()).stream()
                        .map(p -> new FoundProblem(p.category(), p.description().strip(),
                                Boolean.TRUE.equals(p.emergency()), p.photoIds())).toList(), List.of(),
                Objects.requireNonNullElse(photoIds, List.<String>of()), by, at);
    }
}
