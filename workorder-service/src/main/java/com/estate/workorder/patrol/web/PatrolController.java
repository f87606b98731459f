package com.estate.workorder.patrol.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.workorder.patrol.PatrolTasks;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.domain.PatrolStatus;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patrols and inspections: staff of the community plan public-area inspections, read the tasks and record their
 * results (technicians and security patrol; the desk and supervisors too). Residents hear of results through their
 * notifications, not here.
 */
@RestController
class PatrolController {

    static final String PATROLLERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', "
            + "'TECHNICIAN', 'SECURITY')";
    static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', "
            + "'TECHNICIAN', 'SECURITY', 'DIRECTOR')";
    private static final Set<String> SORTABLE = Set.of("dueBy", "status", "kind");
    private static final Sort DUE_FIRST = Sort.by(Sort.Order.asc("dueBy"), Sort.Order.asc("_id"));

    private final PatrolTasks tasks;
    private final PageRequests pageRequests;
    private final Clock clock;

    PatrolController(PatrolTasks tasks, PageRequests pageRequests, Clock clock) {
        this.tasks = tasks;
        this.pageRequests = pageRequests;
        this.clock = clock;
    }

    @PostMapping("/api/patrols")
    @IdempotentCommand
    @PreAuthorize(PATROLLERS)
    ResponseEntity<PatrolResponse> plan(@Valid @RequestBody PlanPatrolRequest request, Caller caller) {
        var planned = tasks.plan(caller, request.communityId(), request.area().strip(),
                request.notBefore() == null ? null : request.notBefore().toInstant(), request.dueBy().toInstant(),
                request.items());
        return Etags.created(URI.create("/api/patrols/" + planned.value().id()), planned, PatrolResponse::of);
    }

    @GetMapping("/api/patrols/{taskId}")
    @PreAuthorize(READERS)
    ResponseEntity<PatrolResponse> get(@PathVariable UUID taskId, Caller caller) {
        return Etags.ok(tasks.visibleTo(caller, taskId.toString()), PatrolResponse::of);
    }

    @GetMapping("/api/patrols")
    @PreAuthorize(READERS)
    PageResponse<PatrolResponse> list(@RequestParam String communityId,
            @RequestParam(required = false) PatrolStatus status, @RequestParam(required = false) PatrolKind kind,
            Caller caller, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(tasks.inCommunity(caller, communityId, status, kind,
                pageRequests.of(page, size, sort, DUE_FIRST, SORTABLE)), PatrolResponse::of);
    }

    @PostMapping("/api/patrols/{taskId}/result")
    @PreAuthorize(PATROLLERS)
    ResponseEntity<PatrolResponse> record(@PathVariable UUID taskId, @Valid @RequestBody RecordPatrolRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(tasks.record(caller, taskId.toString(), ifMatch, request.toResult(caller.subject(),
                clock.instant())), PatrolResponse::of);
    }
}
