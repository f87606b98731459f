package com.estate.workorder.patrol.web;

import com.estate.workorder.patrol.domain.ChecklistItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A public-area inspection staff plan: where, by when, and their own checklist if the usual one does not fit.
 */
record PlanPatrolRequest(
        @NotBlank @Size(max = 64) String communityId,
        @NotBlank @Size(max = 200) String area,
        OffsetDateTime notBefore,
        @NotNull OffsetDateTime dueBy,
        @Size(max = 30) List<@Valid @NotNull Item> checklist) {

    record Item(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String code,
            @NotBlank @Size(max = 200) String label) {
    }

    List<ChecklistItem> items() {
        return Objects.requireNonNullElse(checklist, List.<Item>of()).stream()
                .map(item -> new ChecklistItem(item.code(), item.label().strip())).toList();
    }
}
