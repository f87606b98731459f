package com.estate.workorder.returnvisit.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.workorder.returnvisit.ReturnVisitFigures;
import com.estate.workorder.returnvisit.ReturnVisits;
import com.estate.workorder.returnvisit.domain.ReturnVisitStatus;
import jakarta.validation.Valid;
import java.time.YearMonth;
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
 * Return visits: the desk makes them, staff of the community and the unit's residents read them, supervisors and
 * the director read the month's figures. Visits are opened by the service itself, never by a client.
 */
@RestController
class ReturnVisitController {

    private static final String DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')";
    private static final String FIGURES = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'DIRECTOR')";
    private static final Set<String> SORTABLE = Set.of("dueBy", "completedAt", "status");
    private static final Sort DUE_FIRST = Sort.by(Sort.Order.asc("dueBy"), Sort.Order.asc("_id"));

    private final ReturnVisits visits;
    private final ReturnVisitFigures figures;
    private final PageRequests pageRequests;

    ReturnVisitController(ReturnVisits visits, ReturnVisitFigures figures, PageRequests pageRequests) {
        this.visits = visits;
        this.figures = figures;
        this.pageRequests = pageRequests;
    }

    @GetMapping("/api/return-visits")
    PageResponse<ReturnVisitResponse> list(@RequestParam String communityId,
            @RequestParam(required = false) ReturnVisitStatus status, @RequestParam(required = false) Boolean overdue,
            Caller caller, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(visits.inCommunity(caller, communityId, status, overdue,
                pageRequests.of(page, size, sort, DUE_FIRST, SORTABLE)), ReturnVisitResponse::of);
    }

    @GetMapping("/api/return-visits/figures")
    @PreAuthorize(FIGURES)
    ReturnVisitFigures.Figures figures(@RequestParam String communityId, @RequestParam YearMonth month, Caller caller) {
        return figures.of(caller, communityId, month);
    }

    @GetMapping("/api/return-visits/{visitId}")
    ResponseEntity<ReturnVisitResponse> get(@PathVariable UUID visitId, Caller caller) {
        return Etags.ok(visits.visibleTo(caller, visitId.toString()), ReturnVisitResponse::of);
    }

    /** Records the visit made (once): an unsatisfied one opens its rework order. */
    @PostMapping("/api/return-visits/{visitId}/outcome")
    @PreAuthorize(DESK)
    ResponseEntity<ReturnVisitResponse> make(@PathVariable UUID visitId, @Valid @RequestBody MakeVisitRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(visits.make(caller, visitId.toString(), ifMatch, request.toOutcome()),
                ReturnVisitResponse::of);
    }
}
