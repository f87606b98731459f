package com.estate.resident.unit.web;

import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
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

@RestController
class UnitController {

    /** What a list of units may be sorted by; by building and number unless asked otherwise. */
    private static final Set<String> SORTABLE = Set.of("building", "unitNumber", "floorArea");
    private static final Sort BY_NUMBER = Sort.by("building", "unitNumber");

    private final Units units;
    private final PageRequests pageRequests;

    UnitController(Units units, PageRequests pageRequests) {
        this.units = units;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/communities/{communityId}/units")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<UnitResponse> register(@PathVariable UUID communityId, @Valid @RequestBody UnitRequest request,
            Caller caller) {
        Unit unit = units.register(caller, communityId.toString(), request.building(), request.unitNumber(),
                request.floorArea());
        return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(UnitResponse.of(unit));
    }

    /** @param sort fields separated by commas, each optionally preceded by {@code -} for descending order */
    @GetMapping("/api/communities/{communityId}/units")
    PageResponse<UnitResponse> list(@PathVariable UUID communityId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(units.inCommunity(caller, communityId.toString(),
                pageRequests.of(page, size, sort, BY_NUMBER, SORTABLE)), UnitResponse::of);
    }

    @GetMapping("/api/units/{unitId}")
    UnitResponse get(@PathVariable UUID unitId, Caller caller) {
        return UnitResponse.of(units.visibleTo(caller, unitId.toString()));
    }
}
