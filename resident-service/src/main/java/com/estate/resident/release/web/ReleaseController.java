package com.estate.resident.release.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.gatepass.GatePasses;
import com.estate.resident.gatepass.GatePassView;
import com.estate.resident.release.ReleasePasses;
import com.estate.resident.release.domain.ReleaseApplication;
import com.estate.resident.release.domain.ReleaseStatus;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
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

/** Item release: apply (residents, the desk), decide (the desk), check at the gate (security). */
@RestController
class ReleaseController {

    private static final String DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

    private final ReleasePasses releases;
    private final GatePasses gatePasses;
    private final PageRequests pageRequests;
    private final Clock clock;

    ReleaseController(ReleasePasses releases, GatePasses gatePasses, PageRequests pageRequests, Clock clock) {
        this.releases = releases;
        this.gatePasses = gatePasses;
        this.pageRequests = pageRequests;
        this.clock = clock;
    }

    @PostMapping("/api/release-passes")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'RESIDENT')")
    ResponseEntity<ReleaseResponse> apply(@Valid @RequestBody ReleaseRequest request, Caller caller) {
        var application = releases.submit(caller, request.form());
        return Etags.created(URI.create("/api/release-passes/" + application.value().id()),
                response(application.value()), application.revision());
    }

    @GetMapping("/api/release-passes/{id}")
    ResponseEntity<ReleaseResponse> get(@PathVariable UUID id, Caller caller) {
        return answer(releases.visibleTo(caller, id.toString()));
    }

    @PostMapping("/api/release-passes/{id}/approve")
    @PreAuthorize(DESK)
    ResponseEntity<ReleaseResponse> approve(@PathVariable UUID id, IfMatch ifMatch, Caller caller) {
        return answer(releases.approve(caller, id.toString(), ifMatch));
    }

    @PostMapping("/api/release-passes/{id}/refuse")
    @PreAuthorize(DESK)
    ResponseEntity<ReleaseResponse> refuse(@PathVariable UUID id, @Valid @RequestBody ReleaseDecisionRequest request,
            IfMatch ifMatch, Caller caller) {
        return answer(releases.refuse(caller, id.toString(), ifMatch, request.reason()));
    }

    /** The gate's check (the same check as /api/gate-passes/check, answered with the goods it lets out). */
    @PostMapping("/api/release-passes/check")
    @IdempotentCommand
    @PreAuthorize("hasRole('SECURITY')")
    ReleaseCheckResponse check(@Valid @RequestBody ReleaseCheckRequest request, Caller caller) {
        return ReleaseCheckResponse.of(releases.check(caller, request.communityId(), request.code()));
    }

    @GetMapping("/api/release-passes")
    PageResponse<ReleaseResponse> list(@RequestParam String communityId,
            @RequestParam(required = false) ReleaseStatus status, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(releases.list(caller, communityId, status, pageRequests.of(page, size, NEWEST_FIRST)),
                this::response);
    }

    private ResponseEntity<ReleaseResponse> answer(Revised<ReleaseApplication> application) {
        return Etags.ok(response(application.value()), application.revision());
    }

    private ReleaseResponse response(ReleaseApplication application) {
        GatePassView pass = application.gatePassId() == null ? null
                : gatePasses.withIds(List.of(application.gatePassId())).stream()
                        .map(gatePass -> GatePassView.of(gatePass, clock.instant())).findFirst().orElse(null);
        return ReleaseResponse.of(application, pass);
    }
}
