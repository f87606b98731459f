package com.estate.resident.custody.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.custody.CustodyRecords;
import com.estate.resident.custody.domain.CustodyStatus;
import jakarta.validation.Valid;
import java.net.URI;
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
 * House custody: the desk starts and ends it, the desk and maintenance read the meters and record patrols; whoever
 * may see the unit reads its custody records (a resident their own units', staff their communities').
 */
@RestController
class CustodyController {

    static final String DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')";
    private static final String METER_READERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', "
            + "'TECHNICIAN')";
    private static final String PATROLS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'TECHNICIAN', "
            + "'SECURITY')";
    private static final Set<String> SORTABLE = Set.of("startedOn", "status");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startedOn"), Sort.Order.asc("_id"));

    private final CustodyRecords custody;
    private final PageRequests pageRequests;

    CustodyController(CustodyRecords custody, PageRequests pageRequests) {
        this.custody = custody;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/custody")
    @IdempotentCommand
    @PreAuthorize(DESK)
    ResponseEntity<CustodyResponse> start(@Valid @RequestBody StartCustodyRequest request, Caller caller) {
        var started = custody.start(caller, request.toStart());
        return Etags.created(URI.create("/api/custody/" + started.value().id()), started, CustodyResponse::of);
    }

    @GetMapping("/api/custody/{custodyId}")
    ResponseEntity<CustodyResponse> get(@PathVariable UUID custodyId, Caller caller) {
        return Etags.ok(custody.visibleTo(caller, custodyId.toString()), CustodyResponse::of);
    }

    @PostMapping("/api/custody/{custodyId}/readings")
    @IdempotentCommand
    @PreAuthorize(METER_READERS)
    ResponseEntity<CustodyResponse> read(@PathVariable UUID custodyId, @Valid @RequestBody ReadingRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(custody.read(caller, custodyId.toString(), ifMatch, request.readOn(), request.toReadings()),
                CustodyResponse::of);
    }

    @PostMapping("/api/custody/{custodyId}/patrols")
    @IdempotentCommand
    @PreAuthorize(PATROLS)
    ResponseEntity<CustodyResponse> patrolled(@PathVariable UUID custodyId,
            @Valid @RequestBody PatrolRequestBody request, IfMatch ifMatch, Caller caller) {
        return Etags.ok(custody.patrolled(caller, custodyId.toString(), ifMatch, request.toReport()),
                CustodyResponse::of);
    }

    @PostMapping("/api/custody/{custodyId}/end")
    @PreAuthorize(DESK)
    ResponseEntity<CustodyResponse> end(@PathVariable UUID custodyId, @RequestBody EndCustodyRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(custody.end(caller, custodyId.toString(), ifMatch, request.endedOn()), CustodyResponse::of);
    }

    /** @param status ACTIVE or ENDED; both when left out */
    @GetMapping("/api/communities/{communityId}/custody")
    PageResponse<CustodyResponse> list(@PathVariable UUID communityId,
            @RequestParam(required = false) CustodyStatus status, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(custody.inCommunity(caller, communityId.toString(), status,
                pageRequests.of(page, size, sort, NEWEST_FIRST, SORTABLE)), CustodyResponse::of);
    }
}
