package com.estate.workorder.returnvisit;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import com.estate.workorder.estate.Estate;
import com.estate.workorder.returnvisit.domain.ReturnVisit;
import com.estate.workorder.returnvisit.domain.ReturnVisitDeadlines;
import com.estate.workorder.returnvisit.domain.ReturnVisitStatus;
import com.estate.workorder.returnvisit.domain.VisitChannel;
import com.estate.workorder.returnvisit.messaging.ReturnVisitEvents;
import com.estate.workorder.returnvisit.persistence.ReturnVisitDocument;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Return visits (回访): one per work order, moved by the order's own events, made by the desk. Staff see the visits
 * of their communities, residents those of their own units (404 otherwise).
 */
@Service
public class ReturnVisits {

    private final MongoTemplate mongo;
    private final ReturnVisitDeadlines deadlines;
    private final ReturnVisitEvents events;
    private final DueVisits dueVisits;
    private final ReworkOrders rework;
    private final ConditionalSave conditionalSave;
    private final Estate estate;
    private final Clock clock;

    ReturnVisits(MongoTemplate mongo, Estate estate, ReturnVisitProperties properties, ReturnVisitEvents events,
            DueVisits dueVisits, ReworkOrders rework, ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.deadlines = properties.deadlines();
        this.events = events;
        this.dueVisits = dueVisits;
        this.rework = rework;
        this.conditionalSave = conditionalSave;
        this.estate = estate;
        this.clock = clock;
    }

    /** The visit of an order: derived from the order's id, so every event about the order finds the same one. */
    public static String idOf(String orderId) {
        return DerivedIds.of("return-visit", orderId);
    }

    public ReturnVisitDeadlines deadlines() {
        return deadlines;
    }

    /** The visit of an order the service hears of for the first time, in its community's time zone. */
    public ReturnVisitDocument newVisit(String orderId, String communityId, String unitId, String category) {
        return ReturnVisitDocument.from(ReturnVisit.of(idOf(orderId), orderId, communityId, unitId, category,
                estate.zoneOf(communityId), deadlines));
    }

    /**
     * Applies what the order's event says to its visit (inside the consumer's write). A visit whose clock starts
     * now is watched first and announces {@code return-visit.due} in the same write as its due time.
     */
    public void advance(ReturnVisitDocument document, UnaryOperator<ReturnVisit> change) {
        ReturnVisit before = document.toDomain();
        ReturnVisit next = change.apply(before);
        if (next.becameDue(before)) {
            dueVisits.watch(next.id(), next.dueBy());
            document.publish(events.due(next));
        }
        document.update(next);
    }

    public Revised<ReturnVisit> visibleTo(Caller caller, String visitId) {
        ReturnVisitDocument document = visibleDocument(caller, visitId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** What the desk heard from the resident. */
    public record Outcome(VisitChannel channel, boolean satisfied, int rating, String comments) {
    }

    /**
     * Records the visit with {@code return-visit.completed}. An unsatisfied one first opens its rework order
     * (idempotent by the visit, so a retried request finds the same order) and links it; the visit is checked first,
     * so a visit that cannot be made opens nothing.
     */
    public Revised<ReturnVisit> make(Caller caller, String visitId, IfMatch ifMatch, Outcome outcome) {
        ReturnVisitDocument current = visibleDocument(caller, visitId);
        ifMatch.require(current.getRevision());
        ReturnVisit checked = madeBy(current.toDomain(), caller, outcome);
        String reworkOrderId = outcome.satisfied() ? null : rework.openFor(checked, outcome.comments(), caller);
        ReturnVisitDocument saved = conditionalSave.apply(() -> visibleDocument(caller, visitId), ifMatch,
                document -> {
                    ReturnVisit made = madeBy(document.toDomain(), caller, outcome);
                    ReturnVisit linked = made.withOutcome(made.outcome().withRework(reworkOrderId));
                    document.update(linked);
                    document.publish(events.completed(linked));
                });
        dueVisits.release(visitId);
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    private ReturnVisit madeBy(ReturnVisit visit, Caller caller, Outcome outcome) {
        return visit.made(outcome.channel(), outcome.satisfied(), outcome.rating(), outcome.comments(),
                caller.subject(), clock.instant());
    }

    /** The visits of a community, due first; a resident sees only their own units'. */
    public Page<ReturnVisit> inCommunity(Caller caller, String communityId, ReturnVisitStatus status, Boolean overdue,
            Pageable pageable) {
        caller.requireCommunity(communityId, "community", communityId);
        Criteria criteria = new Criteria().andOperator(CallerScope.units(caller, "communityId", "unitId"),
                Criteria.where("communityId").is(communityId));
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (overdue != null) {
            criteria = criteria.and("overdue").is(overdue);
        }
        return Pages.find(mongo, criteria, pageable, ReturnVisitDocument.class).map(ReturnVisitDocument::toDomain);
    }

    ReturnVisitDocument visibleDocument(Caller caller, String visitId) {
        ReturnVisitDocument document = mongo.findById(visitId, ReturnVisitDocument.class);
        if (document == null || !mayRead(caller, document.toDomain())) {
            throw new NotFoundException("return-visit", visitId);
        }
        return document;
    }

    private static boolean mayRead(Caller caller, ReturnVisit visit) {
        if (visit.unitId() == null) {
            // a public area's repair concerns no household
            return caller.canSeeCommunity(visit.communityId()) && (!caller.isResident() || caller.seesAllCommunities());
        }
        return caller.canSeeUnit(visit.communityId(), visit.unitId());
    }
}
