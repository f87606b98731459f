package com.estate.workorder.deadline;

import java.time.Instant;

/**
 * An order's response and completion targets and when it met or missed them (infra/BUSINESS-RULES.md §14.3).
 * Responded means a technician accepted the order; completed means the work was finished.
 */
public record Deadlines(Instant respondBy, Instant completeBy, Instant respondedAt, Instant completedAt,
        Instant responseOverdueAt, Instant completionOverdueAt) {

    public static Deadlines of(Instant respondBy, Instant completeBy) {
        return new Deadlines(respondBy, completeBy, null, null, null, null);
    }

    public Deadlines responded(Instant at) {
        return respondedAt != null ? this
                : new Deadlines(respondBy, completeBy, at, completedAt, responseOverdueAt, completionOverdueAt);
    }

    public Deadlines completed(Instant at) {
        return new Deadlines(respondBy, completeBy, respondedAt == null ? at : respondedAt, at, responseOverdueAt,
                completionOverdueAt);
    }

    /** Work starts over after a reopening: a new completion target, nothing overdue yet. */
    public Deadlines restarted(Instant newCompleteBy) {
        return new Deadlines(respondBy, newCompleteBy, respondedAt, null, responseOverdueAt, null);
    }

    public boolean responseOverdue(Instant now) {
        return respondedAt == null && responseOverdueAt == null && respondBy != null && now.isAfter(respondBy);
    }

    public boolean completionOverdue(Instant now) {
        return completedAt == null && completionOverdueAt == null && completeBy != null && now.isAfter(completeBy);
    }

    public Deadlines markResponseOverdue(Instant at) {
        return new Deadlines(respondBy, completeBy, respondedAt, completedAt, at, completionOverdueAt);
    }

    public Deadlines markCompletionOverdue(Instant at) {
        return new Deadlines(respondBy, completeBy, respondedAt, completedAt, responseOverdueAt, at);
    }

    public boolean isOverdue() {
        return (responseOverdueAt != null && respondedAt == null) || (completionOverdueAt != null && completedAt == null);
    }
}
