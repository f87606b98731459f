package com.estate.workorder.duty.web;

import com.estate.workorder.duty.domain.ShiftKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A member put on a shift: only these fields bind (who assigned and when are the service's). */
record AssignmentRequest(@NotBlank @Size(max = 64) String communityId, @NotNull LocalDate date,
        @NotNull ShiftKind kind, @NotBlank @Size(max = 64) String staffId, @Size(max = 60) String staffName) {
}
