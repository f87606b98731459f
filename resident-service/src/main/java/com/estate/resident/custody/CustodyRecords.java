package com.estate.resident.custody;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.domain.Community;
import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.CustodyReading;
import com.estate.resident.custody.domain.CustodyStatus;
import com.estate.resident.custody.domain.MeterReadings;
import com.estate.resident.custody.domain.Patrol;
import com.estate.resident.custody.messaging.CustodyAnomalyDetectedV1;
import com.estate.resident.custody.messaging.CustodyEndedV1;
import com.estate.resident.custody.messaging.CustodyEvents;
import com.estate.resident.custody.messaging.CustodyStartedV1;
import com.estate.resident.custody.persistence.CustodyDocument;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Starts and ends custody of units, records readings and patrols, and finds the custody records a caller may see:
 * staff those of their communities, a resident those of their own units (404 otherwise).
 */
@Service
public class CustodyRecords {

    static final String NOTIFY_PATROL = "custody.patrol-recorded";

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Units units;
    private final CustodyPreconditions preconditions;
    private final CustodyRules rules;
    private final CustodyEvents events;
    private final Notifications notifications;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    CustodyRecords(MongoTemplate mongo, Communities communities, Units units, CustodyPreconditions preconditions,
            CustodyRules rules, CustodyEvents events, Notifications notifications, ConditionalSave conditionalSave,
            Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.units = units;
        this.preconditions = preconditions;
        this.rules = rules;
        this.events = events;
        this.notifications = notifications;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** What the desk records when the owner signs the custody agreement. */
    public record Start(String unitId, String ownerResidentId, String agreementAttachmentId, LocalDate startedOn,
            MeterReadings startReadings) {
    }

    /**
     * Saves the custody with its {@code custody.started} event in one write, then puts the unit in custody. The
     * unique active-unit key refuses a second active custody of the unit (409), also when two desks start one at
     * once; the unit's status is read first and corrected if it changed in between.
     */
    public Revised<Custody> start(Caller caller, Start form) {
        Unit unit = units.visibleTo(caller, form.unitId()).value();
        Community community = communities.visibleTo(caller, unit.communityId());
        preconditions.require(caller, unit, form.ownerResidentId(), form.agreementAttachmentId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), community.timeZone());
        Custody custody = Custody.start(UUID.randomUUID().toString(), community.id(), community.timeZone(), unit.id(),
                form.ownerResidentId(), form.agreementAttachmentId(),
                Objects.requireNonNullElse(form.startedOn(), today), today, form.startReadings(), unit.status(),
                caller.subject(), clock.instant());
        CustodyDocument document = CustodyDocument.from(custody);
        document.publish(events.of(CustodyEvents.STARTED, "custody-started", custody.id(), custody,
                CustodyStartedV1.of(custody)));
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new CustodyActiveException(unit.id());
        }
        UnitStatus replaced = units.changeStatus(unit.id(), UnitStatus.IN_CUSTODY);
        if (replaced != custody.replacedStatus() && replaced != UnitStatus.IN_CUSTODY) {
            document = conditionalSave.apply(() -> mongo.findById(custody.id(), CustodyDocument.class), IfMatch.ANY,
                    stored -> stored.update(stored.toDomain().replacing(replaced)));
        }
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Revised<Custody> visibleTo(Caller caller, String custodyId) {
        CustodyDocument document = visibleDocument(caller, custodyId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /**
     * Records a reading against the community's thresholds now; one over a threshold publishes
     * {@code custody.anomaly-detected} in the same write, its id derived from the reading's.
     */
    public Revised<Custody> read(Caller caller, String custodyId, IfMatch ifMatch, LocalDate readOn,
            MeterReadings reading) {
        return change(caller, custodyId, ifMatch, (document, custody, today) -> {
            String readingId = UUID.randomUUID().toString();
            Custody next = custody.read(readingId, Objects.requireNonNullElse(readOn, today), today, reading,
                    rules.current(custody.communityId()), caller.subject(), clock.instant());
            CustodyReading recorded = next.readings().getLast();
            document.update(next);
            if (recorded.isAnomaly()) {
                document.publish(events.of(CustodyEvents.ANOMALY_DETECTED, "custody-anomaly", readingId, next,
                        CustodyAnomalyDetectedV1.of(next, recorded)));
            }
        });
    }

    /** What a patrol found, told to the owner (a notification request in the same write). */
    public record PatrolReport(String requestId, LocalDate patrolledOn, String findings, boolean problemsFound,
            List<String> photoIds) {
    }

    public Revised<Custody> patrolled(Caller caller, String custodyId, IfMatch ifMatch, PatrolReport report) {
        return change(caller, custodyId, ifMatch, (document, custody, today) -> {
            preconditions.requirePhotos(caller, custody.unitId(), report.photoIds());
            Patrol patrol = new Patrol(UUID.randomUUID().toString(), report.requestId(),
                    Objects.requireNonNullElse(report.patrolledOn(), today), report.findings(),
                    report.problemsFound(), report.photoIds(), caller.subject(), clock.instant());
            Custody next = custody.patrolled(patrol, today);
            document.update(next);
            notifications.request(document, new NotificationRecipient.Resident(custody.communityId(),
                    custody.ownerResidentId()), NOTIFY_PATROL, Map.of("custodyId", custody.id(), "unitId",
                    custody.unitId(), "patrolId", patrol.id(), "patrolledOn", patrol.patrolledOn().toString(),
                    "problemsFound", Boolean.toString(patrol.problemsFound())),
                    patrol.problemsFound() ? Urgency.URGENT : Urgency.NORMAL);
        });
    }

    /**
     * Ends custody with its {@code custody.ended} event, then puts the unit back to the status custody replaced,
     * if it is still in custody (another process may have moved it meanwhile).
     */
    public Revised<Custody> end(Caller caller, String custodyId, IfMatch ifMatch, LocalDate endedOn) {
        Revised<Custody> ended = change(caller, custodyId, ifMatch, (document, custody, today) -> {
            Custody next = custody.end(Objects.requireNonNullElse(endedOn, today), today);
            document.update(next);
            document.publish(events.of(CustodyEvents.ENDED, "custody-ended", custody.id(), next,
                    CustodyEndedV1.of(next, clock.instant())));
        });
        Custody custody = ended.value();
        if (units.visibleTo(caller, custody.unitId()).value().status() == UnitStatus.IN_CUSTODY) {
            units.changeStatus(custody.unitId(), custody.replacedStatus());
        }
        return ended;
    }

    /** The community's custody records, newest first; a resident sees only those of their own units. */
    public Page<Custody> inCommunity(Caller caller, String communityId, CustodyStatus status, Pageable pageable) {
        communities.visibleTo(caller, communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (caller.isResident() && !caller.seesAllCommunities()) {
            criteria = criteria.and("unitId").in(caller.unitIds());
        }
        return Pages.find(mongo, criteria, pageable, CustodyDocument.class).map(CustodyDocument::toDomain);
    }

    private interface Change {
        void apply(CustodyDocument document, Custody custody, LocalDate today);
    }

    private Revised<Custody> change(Caller caller, String custodyId, IfMatch ifMatch, Change change) {
        CustodyDocument saved = conditionalSave.apply(() -> visibleDocument(caller, custodyId), ifMatch,
                document -> {
                    Custody custody = document.toDomain();
                    change.apply(document, custody, LocalDate.ofInstant(clock.instant(), custody.timeZone()));
                });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    private CustodyDocument visibleDocument(Caller caller, String custodyId) {
        CustodyDocument document = mongo.findById(custodyId, CustodyDocument.class);
        if (document == null || !caller.canSeeUnit(document.toDomain().communityId(), document.toDomain().unitId())) {
            throw new NotFoundException("custody", custodyId);
        }
        return document;
    }
}
