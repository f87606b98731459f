package com.estate.workorder.duty;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.domain.Assignment;
import com.estate.workorder.duty.domain.CoverageCheck;
import com.estate.workorder.duty.domain.DutyCalendar;
import com.estate.workorder.duty.domain.DutyDay;
import com.estate.workorder.duty.domain.Gap;
import com.estate.workorder.duty.domain.ShiftKind;
import com.estate.workorder.duty.domain.WhoIsOnDuty;
import com.estate.workorder.duty.persistence.DutyDayDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The duty roster: supervisors assign staff to shifts; anyone of the community's staff reads the plan and its gaps. */
@Service
public class DutyRoster {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final DutyCalendars calendars;
    private final DutyProperties properties;
    private final RosterStaff staff;
    private final Clock clock;

    DutyRoster(MongoTemplate mongo, ConditionalSave conditionalSave, DutyCalendars calendars,
            DutyProperties properties, RosterStaff staff, Clock clock) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.calendars = calendars;
        this.properties = properties;
        this.staff = staff;
        this.clock = clock;
    }

    /** A day of the plan with the revision its ETag is made from (0 for a day nobody planned yet). */
    public record PlannedDay(DutyDay day, long revision) {
    }

    public DutyCalendar calendar(Caller caller, String communityId) {
        caller.requireCommunity(communityId, "community", communityId);
        return calendarOf(communityId);
    }

    public DutyCalendar calendarOf(String communityId) {
        return calendars.of(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
    }

    public List<PlannedDay> plan(Caller caller, String communityId, LocalDate from, LocalDate to) {
        calendar(caller, communityId);
        requireRange(from, to);
        Map<LocalDate, PlannedDay> days = read(communityId, from, to);
        return from.datesUntil(to.plusDays(1)).map(days::get).toList();
    }

    public List<Gap> coverage(Caller caller, String communityId, LocalDate from, LocalDate to) {
        DutyCalendar calendar = calendar(caller, communityId);
        requireRange(from, to);
        Map<LocalDate, PlannedDay> days = read(communityId, from.minusDays(1), to);
        return CoverageCheck.gaps(calendar, from, to, date -> days.get(date).day());
    }

    /** Who is on duty in the community at this instant. */
    public List<Assignment> onDutyAt(String communityId, Instant instant) {
        return calendars.of(communityId).map(calendar -> {
            LocalDate today = instant.atZone(calendar.zone()).toLocalDate();
            Map<LocalDate, PlannedDay> days = read(communityId, today.minusDays(1), today);
            return WhoIsOnDuty.at(calendar, instant, date -> days.get(date).day());
        }).orElse(List.of());
    }

    /** The assignments of one day, for the duty log and the handover (which shift a member keeps). */
    public DutyDay day(String communityId, LocalDate date) {
        DutyDayDocument document = mongo.findById(DutyDayDocument.idOf(communityId, date), DutyDayDocument.class);
        return document == null ? DutyDay.empty(communityId, date) : document.toDomain();
    }

    public PlannedDay assign(Caller caller, String communityId, LocalDate date, ShiftKind kind, String staffId,
            String staffName) {
        calendar(caller, communityId);
        staff.require(communityId, kind, staffId);
        Assignment assignment = new Assignment(UUID.randomUUID().toString(), kind, staffId, staffName,
                caller.subject(), clock.instant());
        String id = DutyDayDocument.idOf(communityId, date);
        for (int attempt = 1; ; attempt++) {
            try {
                DutyDayDocument saved = conditionalSave.apply(() -> loadOrNew(communityId, date, id), IfMatch.ANY,
                        document -> document.update(document.toDomain().assign(assignment)));
                return new PlannedDay(saved.toDomain(), saved.getRevision());
            } catch (DuplicateKeyException plannedMeanwhile) {
                // another supervisor wrote the day's first assignment at the same moment: read it and add to it
                if (attempt == 3) {
                    throw plannedMeanwhile;
                }
            }
        }
    }

    public PlannedDay unassign(Caller caller, String communityId, LocalDate date, String assignmentId,
            IfMatch ifMatch) {
        calendar(caller, communityId);
        DutyDayDocument saved = conditionalSave.apply(() -> {
            DutyDayDocument document = mongo.findById(DutyDayDocument.idOf(communityId, date), DutyDayDocument.class);
            if (document == null) {
                throw new NotFoundException("assignment", assignmentId);
            }
            return document;
        }, ifMatch, document -> document.update(document.toDomain().unassign(assignmentId)));
        return new PlannedDay(saved.toDomain(), saved.getRevision());
    }

    /** The stored day, or a new one that its first save inserts (so the first assignment is revision 1). */
    private DutyDayDocument loadOrNew(String communityId, LocalDate date, String id) {
        DutyDayDocument document = mongo.findById(id, DutyDayDocument.class);
        return document != null ? document : DutyDayDocument.empty(communityId, date);
    }

    private Map<LocalDate, PlannedDay> read(String communityId, LocalDate from, LocalDate to) {
        List<String> ids = from.datesUntil(to.plusDays(1)).map(date -> DutyDayDocument.idOf(communityId, date))
                .toList();
        Map<LocalDate, PlannedDay> days = new HashMap<>();
        for (DutyDayDocument document : mongo.find(Query.query(Criteria.where("_id").in(ids)),
                DutyDayDocument.class)) {
            DutyDay day = document.toDomain();
            days.put(day.date(), new PlannedDay(day, document.getRevision()));
        }
        from.datesUntil(to.plusDays(1)).forEach(date -> days.computeIfAbsent(date,
                missing -> new PlannedDay(DutyDay.empty(communityId, missing), 0)));
        return days;
    }

    private void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidParameterException("to", "problem.validation.field.duty-range-order");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > properties.maxRangeDays()) {
            throw new InvalidParameterException("to", "problem.validation.field.duty-range-length",
                    properties.maxRangeDays());
        }
    }
}
