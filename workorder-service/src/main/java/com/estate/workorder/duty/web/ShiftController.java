package com.estate.workorder.duty.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.DutyAccess;
import com.estate.workorder.duty.DutyRoster;
import com.estate.workorder.duty.DutyRoster.PlannedDay;
import com.estate.workorder.duty.domain.DutyCalendar;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The duty plan of a community and its gaps; supervisors assign staff to shifts. */
@RestController
class ShiftController {

    private final DutyRoster roster;

    ShiftController(DutyRoster roster) {
        this.roster = roster;
    }

    @GetMapping("/api/duty/shifts")
    @PreAuthorize(DutyAccess.STAFF)
    DutyPlanView plan(@RequestParam String communityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Caller caller) {
        DutyCalendar calendar = roster.calendar(caller, communityId);
        return DutyPlanView.of(communityId, calendar, roster.plan(caller, communityId, from, to));
    }

    @PostMapping("/api/duty/shifts")
    @IdempotentCommand
    @PreAuthorize(DutyAccess.PLANNERS)
    ResponseEntity<DutyPlanView.Day> assign(@Valid @RequestBody AssignmentRequest request, Caller caller) {
        PlannedDay day = roster.assign(caller, request.communityId(), request.date(), request.kind(),
                request.staffId(), request.staffName());
        DutyCalendar calendar = roster.calendarOf(request.communityId());
        URI location = URI.create("/api/duty/shifts?communityId=" + request.communityId() + "&from=" + request.date()
                + "&to=" + request.date());
        return Etags.created(location, DutyPlanView.Day.of(calendar, day), day.revision());
    }

    @DeleteMapping("/api/duty/shifts/{communityId}/{date}/assignments/{assignmentId}")
    @PreAuthorize(DutyAccess.PLANNERS)
    ResponseEntity<DutyPlanView.Day> unassign(@PathVariable String communityId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @PathVariable UUID assignmentId, IfMatch ifMatch, Caller caller) {
        PlannedDay day = roster.unassign(caller, communityId, date, assignmentId.toString(), ifMatch);
        return Etags.ok(DutyPlanView.Day.of(roster.calendarOf(communityId), day), day.revision());
    }

    @GetMapping("/api/duty/coverage")
    @PreAuthorize(DutyAccess.STAFF)
    CoverageView coverage(@RequestParam String communityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Caller caller) {
        return CoverageView.of(communityId, from, to, roster.coverage(caller, communityId, from, to));
    }
}
