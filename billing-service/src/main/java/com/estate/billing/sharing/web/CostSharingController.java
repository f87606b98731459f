package com.estate.billing.sharing.web;

import com.estate.billing.BillingProperties;
import com.estate.billing.sharing.CostSharings;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public water and electricity cost sharing (公共水电费分摊): finance enters it, each unit's share is billed. */
@RestController
class CostSharingController {

    private final CostSharings sharings;
    private final ZoneId zone;
    private final Clock clock;

    CostSharingController(CostSharings sharings, BillingProperties billing, Clock clock) {
        this.sharings = sharings;
        this.zone = billing.timeZone();
        this.clock = clock;
    }

    @PostMapping("/api/billing/cost-sharing")
    @IdempotentCommand
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<CostSharingResponse> share(@Valid @RequestBody CostSharingRequest request, Caller caller) {
        var sharing = sharings.share(caller, request.entry(LocalDate.ofInstant(clock.instant(), zone)));
        return ResponseEntity.created(URI.create("/api/billing/cost-sharing/" + sharing.id()))
                .body(CostSharingResponse.of(sharing));
    }

    @GetMapping("/api/billing/cost-sharing/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')")
    CostSharingResponse get(@PathVariable String id, Caller caller) {
        return CostSharingResponse.of(sharings.get(caller, id));
    }

    @GetMapping("/api/billing/cost-sharing")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')")
    List<CostSharingResponse> list(@RequestParam String communityId, Caller caller) {
        return sharings.inCommunity(caller, communityId).stream().map(CostSharingResponse::of).toList();
    }
}
