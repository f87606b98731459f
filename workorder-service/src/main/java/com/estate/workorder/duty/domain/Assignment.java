package com.estate.workorder.duty.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One staff member on one shift of one day, as a supervisor planned it. {@code staffId} is the member's account
 * (the token's subject): what the duty log and the handover compare the caller with.
 */
public record Assignment(String id, ShiftKind kind, String staffId, String staffName, String assignedBy,
        Instant assignedAt) {

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
