package com.estate.workorder.duty.domain;

import com.estate.platform.problem.ConflictException;
import com.estate.platform.problem.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Who keeps which shift on one date of one community: the roster, one day at a time. */
public record DutyDay(String communityId, LocalDate date, List<Assignment> assignments) {

    public DutyDay {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(date, "date");
        assignments = List.copyOf(assignments);
    }

    public static DutyDay empty(String communityId, LocalDate date) {
        return new DutyDay(communityId, date, List.of());
    }

    public List<Assignment> on(ShiftKind kind) {
        return assignments.stream().filter(assignment -> assignment.kind() == kind).toList();
    }

    public boolean staffed(ShiftKind kind) {
        return assignments.stream().anyMatch(assignment -> assignment.kind() == kind);
    }

    /** Adds a member to a shift; a member is on a shift once. */
    public DutyDay assign(Assignment assignment) {
        boolean already = assignments.stream().anyMatch(existing -> existing.kind() == assignment.kind()
                && existing.staffId().equals(assignment.staffId()));
        if (already) {
            throw new ConflictException("duty-already-assigned", "already on this shift", assignment.staffId(),
                    assignment.kind(), date);
        }
        List<Assignment> next = new ArrayList<>(assignments);
        next.add(assignment);
        return new DutyDay(communityId, date, next);
    }

    public DutyDay unassign(String assignmentId) {
        List<Assignment> next = assignments.stream().filter(a -> !a.id().equals(assignmentId)).toList();
        if (next.size() == assignments.size()) {
            throw new NotFoundException("assignment", assignmentId);
        }
        return new DutyDay(communityId, date, next);
    }
}
