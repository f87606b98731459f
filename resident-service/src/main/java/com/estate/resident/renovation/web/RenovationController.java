package com.estate.resident.renovation.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.renovation.Renovations;
import com.estate.resident.renovation.domain.RenovationStatus;
import jakarta.validation.Valid;
import java.net.URI;
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

/** The renovation procedure's steps: apply, review, permit, complete, accept. */
@RestController
class RenovationController {

    static final String DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')";
    static final String OWNER_OR_DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'RESIDENT')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

    private final Renovations renovations;
    private final PageRequests pageRequests;

    RenovationController(Renovations renovations, PageRequests pageRequests) {
        this.renovations = renovations;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/renovations")
    @IdempotentCommand
    @PreAuthorize(OWNER_OR_DESK)
    ResponseEntity<RenovationResponse> apply(@Valid @RequestBody RenovationRequest request, Caller caller) {
        var renovation = renovations.apply(caller, request.application());
        return Etags.created(URI.create("/api/renovations/" + renovation.value().id()), renovation,
                RenovationResponse::of);
    }

    @GetMapping("/api/renovations/{id}")
    ResponseEntity<RenovationResponse> get(@PathVariable UUID id, Caller caller) {
        return Etags.ok(renovations.visibleTo(caller, id.toString()), RenovationResponse::of);
    }

    @GetMapping("/api/renovations")
    PageResponse<RenovationResponse> list(@RequestParam String communityId,
            @RequestParam(required = false) RenovationStatus status, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(renovations.list(caller, communityId, status,
                pageRequests.of(page, size, NEWEST_FIRST)), RenovationResponse::of);
    }

    /**
     * The plan review is the customer-service supervisor's (infra/BUSINESS-RULES.md, roles: CS_SUPERVISOR approves
     * renovation plans).
     */
    @PostMapping("/api/renovations/{id}/review")
    @PreAuthorize("hasRole('CS_SUPERVISOR')")
    ResponseEntity<RenovationResponse> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(renovations.review(caller, id.toString(), ifMatch,
                request.decision() == ReviewRequest.Decision.APPROVE, request.reasonList()), RenovationResponse::of);
    }

    @PostMapping("/api/renovations/{id}/permit")
    @PreAuthorize(DESK)
    ResponseEntity<RenovationResponse> permit(@PathVariable UUID id, IfMatch ifMatch, Caller caller) {
        return Etags.ok(renovations.permit(caller, id.toString(), ifMatch), RenovationResponse::of);
    }

    @PostMapping("/api/renovations/{id}/complete")
    @PreAuthorize(OWNER_OR_DESK)
    ResponseEntity<RenovationResponse> complete(@PathVariable UUID id, IfMatch ifMatch, Caller caller) {
        return Etags.ok(renovations.complete(caller, id.toString(), ifMatch), RenovationResponse::of);
    }

    @PostMapping("/api/renovations/{id}/accept")
    @PreAuthorize(DESK)
    ResponseEntity<RenovationResponse> accept(@PathVariable UUID id,
            @Valid @RequestBody(required = false) AcceptanceRequest request, IfMatch ifMatch, Caller caller) {
        return Etags.ok(renovations.accept(caller, id.toString(), ifMatch, request == null ? null : request.remarks()),
                RenovationResponse::of);
    }
}
