package com.estate.resident.community.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.community.Communities;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/communities")
class CommunityController {

    private final Communities communities;
    private final PageRequests pageRequests;

    CommunityController(Communities communities, PageRequests pageRequests) {
        this.communities = communities;
        this.pageRequests = pageRequests;
    }

    @PostMapping
    @IdempotentCommand
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<CommunityResponse> create(@Valid @RequestBody CommunityRequest request) {
        var community = communities.register(request.name(), request.timeZone(), request.address(),
                request.summer());
        return Etags.created(URI.create("/api/communities/" + community.value().id()), community,
                CommunityResponse::of);
    }

    /** Changes address and summer schedule: platform administrators and the community's supervisors, with If-Match. */
    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<CommunityResponse> change(@PathVariable UUID id, @Valid @RequestBody CommunityChange change,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(communities.change(caller, id.toString(), ifMatch, change.address(), change.summer()),
                CommunityResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<CommunityResponse> get(@PathVariable UUID id, Caller caller) {
        return Etags.ok(communities.withRevision(caller, id.toString()), CommunityResponse::of);
    }

    @GetMapping
    PageResponse<CommunityResponse> list(Caller caller, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(communities.listFor(caller, pageRequests.of(page, size, Sort.by("name"))),
                CommunityResponse::of);
    }
}
