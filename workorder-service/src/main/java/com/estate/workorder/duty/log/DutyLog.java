package com.estate.workorder.duty.log;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.DutyRoster;
import com.estate.workorder.duty.domain.DutyCalendar;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.LogChannel;
import com.estate.workorder.duty.domain.Resolution;
import com.estate.workorder.duty.domain.Routing;
import com.estate.workorder.duty.domain.ShiftOfInstant;
import com.estate.workorder.duty.domain.ShiftRef;
import com.estate.workorder.duty.log.DutyLogWorkOrders.WorkOrderDetails;
import com.estate.workorder.duty.log.messaging.DutyLogRoutedToComplaintV1;
import com.estate.workorder.duty.log.persistence.DutyLogEntryDocument;
import com.estate.workorder.duty.log.persistence.DutyLogSheetDocument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The duty log: every call and visit the person on duty takes, each resolved once, to a work order (through the
 * intake, origin the entry), a complaint ({@code dutylog.routed-to-complaint} in the same write as the routing), an
 * inquiry answered on the spot, or closed with a reason.
 */
@Service
public class DutyLog {

    /** Clocks of phones and desks differ a little; an entry a few minutes "ahead" is still now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final FieldEncryptor encryptor;
    private final OutboxEvents outboxEvents;
    private final DutyRoster roster;
    private final DutyLogWorkOrders workOrders;
    private final Clock clock;

    DutyLog(MongoTemplate mongo, ConditionalSave conditionalSave, FieldEncryptor encryptor, OutboxEvents outboxEvents,
            DutyRoster roster, DutyLogWorkOrders workOrders, Clock clock) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.encryptor = encryptor;
        this.outboxEvents = outboxEvents;
        this.roster = roster;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    /** What the person on duty writes down. */
    public record Call(String communityId, Instant occurredAt, LogChannel channel, String callerName,
            String callerPhone, String unitId, String residentId, String content, String actionTaken) {
    }

    /** Where an entry goes: {@code category} and {@code emergency} for a work order, {@code reason} for a closing. */
    public record Route(Resolution resolution, String category, boolean emergency, String reason) {
    }

    public Revised<DutyLogEntry> record(Caller caller, Call call) {
        DutyCalendar calendar = roster.calendar(caller, call.communityId());
        Instant now = clock.instant();
        Instant occurredAt = call.occurredAt() == null ? now : call.occurredAt();
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new BusinessRuleException("duty-entry-in-future", "not yet happened", occurredAt);
        }
        ShiftRef shift = ShiftOfInstant.of(calendar, occurredAt);
        DutyLogEntry entry = new DutyLogEntry(UUID.randomUUID().toString(), call.communityId(), shift, occurredAt,
                call.channel(), call.callerName(), call.callerPhone(), call.unitId(), call.residentId(),
                call.content(), call.actionTaken(), caller.subject(), now, null);
        mongo.upsert(Query.query(Criteria.where("_id").is(DutyLogSheetDocument.idOf(entry.communityId(), shift))),
                new Update().addToSet(DutyLogSheetDocument.ENTRY_IDS, entry.id()), DutyLogSheetDocument.class);
        DutyLogEntryDocument stored = mongo.insert(DutyLogEntryDocument.from(entry, encryptor));
        return new Revised<>(entry, stored.getRevision());
    }

    public Revised<DutyLogEntry> visibleTo(Caller caller, String entryId) {
        DutyLogEntryDocument document = visibleDocument(caller, entryId);
        return new Revised<>(document.toDomain(encryptor), document.getRevision());
    }

    /** A shift's log, in the order things happened. */
    public List<Revised<DutyLogEntry>> sheet(Caller caller, String communityId, ShiftRef shift) {
        roster.calendar(caller, communityId);
        return sheet(communityId, shift);
    }

    public List<Revised<DutyLogEntry>> sheet(String communityId, ShiftRef shift) {
        DutyLogSheetDocument sheet = mongo.findById(DutyLogSheetDocument.idOf(communityId, shift),
                DutyLogSheetDocument.class);
        if (sheet == null || sheet.entryIds().isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(sheet.entryIds())), DutyLogEntryDocument.class)
                .stream().map(document -> new Revised<>(document.toDomain(encryptor), document.getRevision()))
                .sorted(Comparator.comparing(entry -> entry.value().occurredAt())).toList();
    }

    public Revised<DutyLogEntry> route(Caller caller, String entryId, IfMatch ifMatch, Route route) {
        DutyLogEntry entry = visibleDocument(caller, entryId).toDomain(encryptor);
        String workOrderId = null;
        if (route.resolution() == Resolution.WORK_ORDER && entry.open()) {
            workOrderId = workOrders.open(caller, entry,
                    new WorkOrderDetails(route.category(), route.emergency()));
        }
        Routing routing = new Routing(route.resolution(), workOrderId, route.reason(), caller.subject(),
                clock.instant());
        DutyLogEntryDocument saved = conditionalSave.apply(() -> visibleDocument(caller, entryId), ifMatch,
                document -> {
                    DutyLogEntry resolved = document.toDomain(encryptor).resolve(routing);
                    document.update(resolved);
                    if (resolved.routing().resolution() == Resolution.COMPLAINT) {
                        document.publish(outboxEvents.create(DutyLogRoutedToComplaintV1.TYPE, resolved.id(),
                                resolved.communityId(), DutyLogRoutedToComplaintV1.of(resolved)));
                    }
                });
        return new Revised<>(saved.toDomain(encryptor), saved.getRevision());
    }

    private DutyLogEntryDocument visibleDocument(Caller caller, String entryId) {
        DutyLogEntryDocument document = mongo.findById(entryId, DutyLogEntryDocument.class);
        if (document == null || !caller.canSeeCommunity(document.communityId())) {
            throw new NotFoundException("duty-log-entry", entryId);
        }
        return document;
    }
}
