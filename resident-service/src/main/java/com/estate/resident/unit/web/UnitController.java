package com.estate.resident.unit.web;

import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<UnitResponse> register(@PathVariable String communityId, @Valid @RequestBody UnitRequest request,
            Caller caller) {
        Unit unit = units.register(caller, communityId, request.building(), request.unitNumber(),
                request.floorArea());
        return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(UnitResponse.of(unit));
    }

    @GetMapping("/api/communities/{communityId}/units")
    PageResponse<UnitResponse> list(@PathVariable String communityId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(units.inCommunity(caller, communityId,
                PageRequests.of(page, size, Sort.by("building", "unitNumber"))), UnitResponse::of);
    }

    @GetMapping("/api/units/{unitId}")
    UnitResponse get(@PathVariable String unitId, Caller caller) {
        return UnitResponse.of(units.visibleTo(caller, unitId));
    }
}
