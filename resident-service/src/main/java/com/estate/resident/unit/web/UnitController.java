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
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<UnitResponse> register(@PathVariable UUID communityId, @Valid @RequestBody UnitRequest request,
            Caller caller) {
        var unit = units.register(caller, communityId.toString(), request.toSpec());
        return Etags.created(URI.create("/api/units/" + unit.value().id()), unit, UnitResponse::of);
    }

    /**
     * Corrects a unit's floor area (what area-based fees are charged on), use, handover date, or its status between
     * unsold and vacant: supervisors only, with If-Match.
     */
    @PatchMapping("/api/units/{unitId}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<UnitResponse> change(@PathVariable UUID unitId, @Valid @RequestBody UnitChange change,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(units.correct(caller, unitId.toString(), ifMatch, change.toCorrection()),
                UnitResponse::of);
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
    ResponseEntity<UnitResponse> get(@PathVariable UUID unitId, Caller caller) {
        return Etags.ok(units.visibleTo(caller, unitId.toString()), UnitResponse::of);
    }
}
