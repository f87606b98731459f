package com.estate.workorder.returnvisit.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.returnvisit.domain.DeadlineBasis;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import com.estate.workorder.returnvisit.domain.ReturnVisitStatus;
import com.estate.workorder.returnvisit.domain.VisitOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One return visit with its pending events. Its id is derived from the order's ({@code ReturnVisits.idOf}), so the
 * order's completion and leak-test events land on the same document whichever arrives first, and an order gets
 * one visit however often they are delivered. {@code completedMonth} (the completion's month in the community's
 * time zone) is what the monthly figures select by.
 */
@Document("return_visits")
public class ReturnVisitDocument extends AggregateDocument {

    @Id
    String id;

    String orderId;

    String communityId;

    String unitId;

    String category;

    String timeZone;

    DeadlineBasis basis;

    Instant completedAt;

    String completedMonth;

    LocalDate leakTestedOn;

    long leakTestRevision;

    Instant dueBy;

    Instant overdueAt;

    boolean overdue;

    ReturnVisitStatus status;

    long orderRevision;

    VisitOutcome outcome;

    protected ReturnVisitDocument() {
    }

    public static ReturnVisitDocument from(ReturnVisit visit) {
        ReturnVisitDocument document = new ReturnVisitDocument();
        document.id = visit.id();
        document.orderId = visit.orderId();
        document.communityId = visit.communityId();
        document.unitId = visit.unitId();
        document.category = visit.category();
        document.timeZone = visit.timeZone().getId();
        document.basis = visit.basis();
        document.update(visit);
        return document;
    }

    public void update(ReturnVisit visit) {
        completedAt = visit.completedAt();
        completedMonth = completedAt == null ? null
                : YearMonth.from(completedAt.atZone(visit.timeZone())).toString();
        leakTestedOn = visit.leakTestedOn();
        leakTestRevision = visit.leakTestRevision();
        dueBy = visit.dueBy();
        overdueAt = visit.overdueAt();
        overdue = visit.isOverdue();
        status = visit.status();
        orderRevision = visit.orderRevision();
        outcome = visit.outcome();
    }

    public ReturnVisit toDomain() {
        return new ReturnVisit(id, orderId, communityId, unitId, category, ZoneId.of(timeZone), basis, completedAt,
                leakTestedOn, leakTestRevision, dueBy, overdueAt, orderRevision, outcome);
    }
}
