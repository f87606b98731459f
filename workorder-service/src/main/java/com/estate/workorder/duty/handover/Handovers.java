package com.estate.workorder.duty.handover;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.DutyRoster;
import com.estate.workorder.duty.domain.DutyCalendar;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.Handover;
import com.estate.workorder.duty.domain.ShiftOfInstant;
import com.estate.workorder.duty.domain.ShiftRef;
import com.estate.workorder.duty.handover.messaging.HandoverCompletedV1;
import com.estate.workorder.duty.handover.persistence.HandoverDocument;
import com.estate.workorder.duty.log.DutyLog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Shift handovers: the outgoing person writes one per shift, the incoming one accepts it once the shift's log has
 * no open entry, the outgoing one is released after that; {@code handover.completed} goes out with the acceptance.
 */
@Service
public class Handovers {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final OutboxEvents outboxEvents;
    private final DutyRoster roster;
    private final DutyLog log;
    private final Clock clock;

    Handovers(MongoTemplate mongo, ConditionalSave conditionalSave, OutboxEvents outboxEvents, DutyRoster roster,
            DutyLog log, Clock clock) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.outboxEvents = outboxEvents;
        this.roster = roster;
        this.log = log;
        this.clock = clock;
    }

    /** What the outgoing person writes. */
    public record Writing(String communityId, ShiftRef outgoingShift, String incomingStaffId,
            List<Handover.OpenMatter> matters, List<Handover.Tool> tools) {
    }

    /** One handover per shift: its id is derived from the community and the outgoing shift. */
    public static String idOf(String communityId, ShiftRef outgoing) {
        return UUID.nameUUIDFromBytes(("handover:" + communityId + "/" + outgoing.date() + "/" + outgoing.kind())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Revised<Handover> write(Caller caller, Writing writing) {
        DutyCalendar calendar = roster.calendar(caller, writing.communityId());
        ShiftRef incoming = ShiftOfInstant.next(calendar, writing.outgoingShift());
        requireOnShift(writing.communityId(), writing.outgoingShift(), caller.subject());
        requireOnShift(writing.communityId(), incoming, writing.incomingStaffId());
        List<String> open = log.sheet(writing.communityId(), writing.outgoingShift()).stream()
                .map(Revised::value).filter(DutyLogEntry::open).map(DutyLogEntry::id).toList();
        Handover handover = Handover.open(idOf(writing.communityId(), writing.outgoingShift()), writing.communityId(),
                writing.outgoingShift(), incoming, caller.subject(), writing.incomingStaffId(), open,
                writing.matters(), writing.tools(), clock.instant());
        try {
            HandoverDocument stored = mongo.insert(HandoverDocument.from(handover));
            return new Revised<>(handover, stored.getRevision());
        } catch (DuplicateKeyException writtenBefore) {
            throw new ConflictException("handover-exists", "one per shift", writing.outgoingShift().date(),
                    writing.outgoingShift().kind());
        }
    }

    public Revised<Handover> visibleTo(Caller caller, String handoverId) {
        HandoverDocument document = visibleDocument(caller, handoverId);
        return new Revised<>(document.handover(), document.getRevision());
    }

    /** The listed entries in their current state, for the incoming person to work through. */
    public List<Revised<DutyLogEntry>> entries(Handover handover) {
        Set<String> listed = Set.copyOf(handover.listedEntryIds());
        return log.sheet(handover.communityId(), handover.outgoingShift()).stream()
                .filter(entry -> listed.contains(entry.value().id()) || entry.value().open()).toList();
    }

    public Revised<Handover> rewrite(Caller caller, String handoverId, IfMatch ifMatch,
            List<Handover.OpenMatter> matters, List<Handover.Tool> tools) {
        return change(caller, handoverId, ifMatch, Party.OUTGOING,
                document -> document.update(document.handover().rewrite(matters, tools)));
    }

    public Revised<Handover> accept(Caller caller, String handoverId, IfMatch ifMatch) {
        return change(caller, handoverId, ifMatch, Party.INCOMING, document -> {
            Handover handover = document.handover();
            List<DutyLogEntry> entries = entries(handover).stream().map(Revised::value).toList();
            List<String> unresolved = entries.stream().filter(DutyLogEntry::open).map(DutyLogEntry::id).toList();
            Handover accepted = handover.accept(unresolved, clock.instant());
            document.update(accepted);
            document.publish(outboxEvents.create(HandoverCompletedV1.TYPE, accepted.id(), accepted.communityId(),
                    HandoverCompletedV1.of(accepted, entries)));
        });
    }

    public Revised<Handover> release(Caller caller, String handoverId, IfMatch ifMatch) {
        return change(caller, handoverId, ifMatch, Party.OUTGOING,
                document -> document.update(document.handover().release(clock.instant())));
    }

    private enum Party {
        OUTGOING, INCOMING
    }

    private Revised<Handover> change(Caller caller, String handoverId, IfMatch ifMatch, Party party,
            Consumer<HandoverDocument> change) {
        HandoverDocument saved = conditionalSave.apply(() -> {
            HandoverDocument document = visibleDocument(caller, handoverId);
            Handover handover = document.handover();
            String allowed = party == Party.OUTGOING ? handover.outgoingStaffId() : handover.incomingStaffId();
            if (!allowed.equals(caller.subject())) {
                throw new AccessDeniedException("only the " + party.name().toLowerCase() + " person");
            }
            return document;
        }, ifMatch, change);
        return new Revised<>(saved.handover(), saved.getRevision());
    }

    private void requireOnShift(String communityId, ShiftRef shift, String staffId) {
        boolean on = roster.day(communityId, shift.date()).on(shift.kind()).stream()
                .anyMatch(assignment -> assignment.staffId().equals(staffId));
        if (!on) {
            throw new BusinessRuleException("duty-not-on-shift", "not on the roster", staffId, shift.date(),
                    shift.kind());
        }
    }

    private HandoverDocument visibleDocument(Caller caller, String handoverId) {
        HandoverDocument document = mongo.findById(handoverId, HandoverDocument.class);
        if (document == null || !caller.canSeeCommunity(document.handover().communityId())) {
            throw new NotFoundException("handover", handoverId);
        }
        return document;
    }
}
