package com.estate.resident.gatepass.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.gatepass.GateAnswer;
import com.estate.resident.gatepass.GatePassView;
import com.estate.resident.gatepass.GatePasses;
import jakarta.validation.Valid;
import java.time.Clock;
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

/** Gate passes: the holder and the desk read them, the desk revokes them, security checks them at the gate. */
@RestController
class GatePassController {

    static final String DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')";
    private static final String STAFF = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'SECURITY', "
            + "'DIRECTOR')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "checkedAt");

    private final GatePasses passes;
    private final PageRequests pageRequests;
    private final Clock clock;

    GatePassController(GatePasses passes, PageRequests pageRequests, Clock clock) {
        this.passes = passes;
        this.pageRequests = pageRequests;
        this.clock = clock;
    }

    @GetMapping("/api/gate-passes/{passId}")
    ResponseEntity<GatePassView> get(@PathVariable UUID passId, Caller caller) {
        return Etags.ok(passes.visibleTo(caller, passId.toString()), pass -> GatePassView.of(pass, clock.instant()));
    }

    @PostMapping("/api/gate-passes/{passId}/revoke")
    @PreAuthorize(DESK)
    ResponseEntity<GatePassView> revoke(@PathVariable UUID passId, @Valid @RequestBody RevocationRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(passes.revoke(caller, passId.toString(), ifMatch, request.reason()),
                pass -> GatePassView.of(pass, clock.instant()));
    }

    /** Security at the gate; with an Idempotency-Key a retried scan gets the first answer, not "used". */
    @PostMapping("/api/gate-passes/check")
    @IdempotentCommand
    @PreAuthorize("hasRole('SECURITY')")
    GateAnswer check(@Valid @RequestBody GatePassCheckRequest request, Caller caller) {
        return GateAnswer.of(passes.check(caller, request.communityId(), request.code()));
    }

    @GetMapping("/api/gate-passes/checks")
    @PreAuthorize(STAFF)
    PageResponse<CheckLogEntryResponse> checks(@RequestParam String communityId,
            @RequestParam(required = false) String passId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(passes.checks(caller, communityId, passId, pageRequests.of(page, size, NEWEST_FIRST)),
                CheckLogEntryResponse::of);
    }
}
