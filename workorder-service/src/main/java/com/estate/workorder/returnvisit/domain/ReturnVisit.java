package com.estate.workorder.returnvisit.domain;

import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The return visit (回访) of one work order, one per order (infra/BUSINESS-RULES.md §2). It learns of the order's
 * completion and, for a leak, of its leak test, from the order's own events in whichever order they come; the due
 * time is known once what starts its clock is. Immutable: every change answers the next state.
 *
 * @param completedAt  when the order was completed; null while only a leak test is known
 * @param leakTestedOn the day of the leak test recorded on the order (the community's date), if any
 * @param leakTestRevision the order revision of that leak test: a corrected date comes with a higher one
 * @param dueBy        the first instant the visit is late; null while WAITING
 * @param overdueAt    when the visit was flagged overdue (once); null otherwise
 * @param orderRevision the newest order revision applied, so an older event changes nothing
 */
public record ReturnVisit(String id, String orderId, String communityId, String unitId, String category,
        ZoneId timeZone, DeadlineBasis basis, Instant completedAt, LocalDate leakTestedOn, long leakTestRevision,
        Instant dueBy, Instant overdueAt, long orderRevision, VisitOutcome outcome) {

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
                null, null, 0, null, null, 0, null);
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
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, at, leakTestedOn,
                leakTestRevision, null, overdueAt, revision, outcome).withDueTime(deadlines);
    }

    /**
     * A leak test was recorded on the order: its day starts the clock until the visit is made. A corrected test
     * (a higher order revision) replaces it, even with an earlier day; an older event changes nothing.
     */
    public ReturnVisit leakTested(LocalDate testedOn, long revision, ReturnVisitDeadlines deadlines) {
        if (outcome != null || revision <= leakTestRevision) {
            return this;
        }
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt, testedOn,
                revision, null, null, orderRevision, outcome).withDueTime(deadlines);
    }

    /** Flags the visit overdue when it is due and not made by {@code now}; unchanged otherwise. */
    public ReturnVisit flaggedOverdue(Instant now) {
        if (status() != ReturnVisitStatus.DUE || isOverdue() || now.isBefore(dueBy)) {
            return this;
        }
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedOn, leakTestRevision, dueBy, now, orderRevision, outcome);
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
                leakTestedOn, leakTestRevision, dueBy, overdueAt, orderRevision, next);
    }

    /** Whether the visit's clock is running: it became due in this change (for {@code return-visit.due}). */
    public boolean becameDue(ReturnVisit before) {
        return dueBy != null && !dueBy.equals(before.dueBy());
    }

    /**
     * The day the visit's clock started in the community: the completion's, or for a leak the leak test's; null
     * while it has not started. A leak test recorded before the completion step still follows the repair, so the
     * later of the two days counts.
     */
    public LocalDate clockStartedOn() {
        if (completedAt == null) {
            return null;
        }
        LocalDate completedOn = LocalDate.ofInstant(completedAt, timeZone);
        if (basis == DeadlineBasis.COMPLETION) {
            return completedOn;
        }
        return leakTestedOn == null ? null : leakTestedOn.isAfter(completedOn) ? leakTestedOn : completedOn;
    }

    private ReturnVisit withRevision(long revision) {
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedOn, leakTestRevision, dueBy, overdueAt, revision, outcome);
    }

    private ReturnVisit withDueTime(ReturnVisitDeadlines deadlines) {
        LocalDate start = clockStartedOn();
        if (start == null) {
            return this;
        }
        return new ReturnVisit(id, orderId, communityId, unitId, category, timeZone, basis, completedAt,
                leakTestedOn, leakTestRevision, deadlines.dueBy(category, start, timeZone), overdueAt, orderRevision,
                outcome);
    }
}
