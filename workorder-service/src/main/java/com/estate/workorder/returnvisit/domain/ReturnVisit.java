package com.estate.workorder.returnvisit.domain;

import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The return visit (回访) of one work order, one per order (infra/BUSINESS-RULES.md §2). It learns of the order's
 * completion and, for a leak, of its leak test, from the order's own events in whichever order they come; the due
 * time is known once what starts its clock is. Immutable: every change answers the next state.
 *
 * @param completedAt  when the order was completed; null while only a leak test is known
 * @param leakTestedAt the latest leak test recorded on the order, if any
 * @param dueBy        the first instant the visit is late; null while WAITING
 * @param overdueAt    when the visit was flagged overdue (once); null otherwise
 * @param orderRevision the newest order revision applied, so an older event changes nothing
 */
public record ReturnVisit(String id, String orderId, String communityId, String unitId, String category,
        ZoneId timeZone, DeadlineBasis basis, Instant completedAt, Instant leakTestedAt, Instant dueBy,
        Instant overdueAt, long orderRevision, VisitOutcome outcome) {

    public ReturnVisit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** A visit not yet due: the order's first event about it names the order. */
    public static ReturnVisit of(String id, String orderId, String communityId, String unitId, String category,
            ZoneId timeZone, ReturnVisitDeadlines deadlines) {
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, deadlines.basisFor(category),
                null, null, null, null, 0, null);
    }

    public ReturnVisitStatus status() {
        if (outcome != null) {
            return ReturnVisitStatus.DONE;
        }
        return dueBy == null ? ReturnVisitStatus.WAITING : ReturnVisitStatus.DUE;
    }

    public boolean isOverdue() {
        return overdueAt != null;
    }

    /** The order was completed (the first completion counts; a later reopening does not move the visit). */
    public ReturnVisit completed(Instant at, long revision, ReturnVisitDeadlines deadlines) {
        if (revision <= orderRevision || completedAt != null) {
            return withRevision(Math.max(revision, orderRevision));
        }
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, at, leakTestedAt,
                null, overdueAt, revision, outcome).withDueTime(deadlines);
    }

    /** A leak test was recorded on the order: the newest one starts the clock until the visit is made. */
    public ReturnVisit leakTested(Instant at, ReturnVisitDeadlines deadlines) {
        if (outcome != null || (leakTestedAt != null && !at.isAfter(leakTestedAt))) {
            return this;
        }
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt, at, null,
                null, orderRevision, outcome).withDueTime(deadlines);
    }

    /** Flags the visit overdue when it is due and not made by {@code now}; unchanged otherwise. */
    public ReturnVisit flaggedOverdue(Instant now) {
        if (status() != ReturnVisitStatus.DUE || isOverdue() || now.isBefore(dueBy)) {
            return this;
        }
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedAt, dueBy, now, orderRevision, outcome);
    }

    /**
     * Records the visit. Only a due visit can be made: before the repair is completed (or a leak tested) there is
     * nothing to ask the resident about yet, and a visit is made once.
     */
    public ReturnVisit made(VisitChannel channel, boolean satisfied, int rating, String comments, String by,
            Instant at) {
        switch (status()) {
            case WAITING -> throw new ConflictException("return-visit-not-due",
                    "return visit " + id + " is not due yet", id);
            case DONE -> throw new ConflictException("return-visit-made", "return visit " + id + " was made", id);
            case DUE -> {
                // below
            }
        }
        var made = new VisitOutcome(channel, satisfied, rating, comments, by, at, at.isBefore(dueBy), null);
        return withOutcome(made);
    }

    public ReturnVisit withOutcome(VisitOutcome next) {
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedAt, dueBy, overdueAt, orderRevision, next);
    }

    /** Whether the visit's clock is running: it became due in this change (for {@code return-visit.due}). */
    public boolean becameDue(ReturnVisit before) {
        return dueBy != null && !dueBy.equals(before.dueBy());
    }

    private ReturnVisit withRevision(long revision) {
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedAt, dueBy, overdueAt, revision, outcome);
    }

    private ReturnVisit withDueTime(ReturnVisitDeadlines deadlines) {
        if (completedAt == null || (basis == DeadlineBasis.LEAK_TEST && leakTestedAt == null)) {
            return this;
        }
        // a leak test recorded before the completion step still follows the repair: the later of the two counts
        Instant start = basis == DeadlineBasis.LEAK_TEST && leakTestedAt.isAfter(completedAt) ? leakTestedAt
                : completedAt;
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedAt, deadlines.dueBy(category, start, timeZone), overdueAt, orderRevision, outcome);
    }
}
