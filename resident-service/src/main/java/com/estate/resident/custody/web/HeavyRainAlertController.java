package com.estate.resident.custody.web;

import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.resident.custody.HeavyRainAlerts;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff record a heavy-rain warning for a community; every unit in custody there gets its patrols asked. */
@RestController
class HeavyRainAlertController {

    private final HeavyRainAlerts alerts;

    HeavyRainAlertController(HeavyRainAlerts alerts) {
        this.alerts = alerts;
    }

    @PostMapping("/api/communities/{communityId}/heavy-rain-alerts")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'DIRECTOR')")
    ResponseEntity<HeavyRainAlertResponse> record(@PathVariable UUID communityId,
            @Valid @RequestBody HeavyRainAlertRequest request, Caller caller) {
        var alert = alerts.record(caller, communityId.toString(), request.expectedFrom().toInstant(),
                request.expectedUntil().toInstant(), request.note());
        return ResponseEntity.created(URI.create("/api/communities/" + alert.communityId() + "/heavy-rain-alerts/"
                + alert.id())).body(HeavyRainAlertResponse.of(alert));
    }

    @GetMapping("/api/communities/{communityId}/heavy-rain-alerts/{alertId}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'TECHNICIAN', 'DIRECTOR')")
    HeavyRainAlertResponse get(@PathVariable UUID communityId, @PathVariable UUID alertId, Caller caller) {
        return HeavyRainAlertResponse.of(alerts.visibleTo(caller, communityId.toString(), alertId.toString()));
    }
}
