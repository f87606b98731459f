package com.estate.resident.unit.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.unit.Units;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UnitController {

    private final Units units;

    UnitController(Units units) {
        this.units = units;
    }

    @PostMapping("/api/communities/{communityId}/units")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<UnitResponse> register(@PathVariable String communityId, @Valid @RequestBody UnitRequest request,
            Caller caller) {
        var unit = units.register(caller, communityId, request.building(), request.unitNumber(),
                request.floorArea());
        return Etags.created(URI.create("/api/units/" + unit.value().id()), unit, UnitResponse::of);
    }

    /** Corrects a unit's floor area (what area-based fees are charged on): supervisors only, with If-Match. */
    @PatchMapping("/api/units/{unitId}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<UnitResponse> change(@PathVariable String unitId, @Valid @RequestBody UnitChange change,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(units.changeFloorArea(caller, unitId, ifMatch, change.floorArea()), UnitResponse::of);
    }

    @GetMapping("/api/communities/{communityId}/units")
    PageResponse<UnitResponse> list(@PathVariable String communityId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(units.inCommunity(caller, communityId,
                PageRequests.of(page, size, Sort.by("building", "unitNumber"))), UnitResponse::of);
    }

    @GetMapping("/api/units/{unitId}")
    ResponseEntity<UnitResponse> get(@PathVariable String unitId, Caller caller) {
        return Etags.ok(units.visibleTo(caller, unitId), UnitResponse::of);
    }
}
