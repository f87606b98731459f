package com.estate.workorder.returnvisit.web;

import com.estate.workorder.returnvisit.domain.DeadlineBasis;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import com.estate.workorder.returnvisit.domain.ReturnVisitStatus;
import com.estate.workorder.returnvisit.domain.VisitChannel;
import java.time.Instant;
import java.time.LocalDate;

/** A return visit: the repair it is about, its due time and, once made, what the resident said. */
record ReturnVisitResponse(String id, String orderId, String communityId, String unitId, String category,
        ReturnVisitStatus status, DeadlineBasis basis, Instant completedAt, LocalDate leakTestedOn, Instant dueBy,
        boolean overdue, Instant overdueAt, Outcome outcome) {

    record Outcome(VisitChannel channel, boolean satisfied, int rating, String comments, String visitedBy,
            Instant visitedAt, boolean onTime, String reworkOrderId) {
    }

    static ReturnVisitResponse of(ReturnVisit visit) {
        var made = visit.outcome();
        return new ReturnVisitResponse(visit.id(), visit.orderId(), visit.communityId(), visit.unitId(),
                visit.category(), visit.status(), visit.basis(), visit.completedAt(), visit.leakTestedOn(),
                visit.dueBy(), visit.isOverdue(), visit.overdueAt(), made == null ? null
                        : new Outcome(made.channel(), made.satisfied(), made.rating(), made.comments(),
                                made.visitedBy(), made.visitedAt(), made.onTime(), made.reworkOrderId()));
    }
}
