package com.estate.resident.building.web;

import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.building.Buildings;
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

@RestController
class BuildingController {

    private final Buildings buildings;
    private final PageRequests pageRequests;

    BuildingController(Buildings buildings, PageRequests pageRequests) {
        this.buildings = buildings;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/communities/{communityId}/buildings")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<BuildingResponse> register(@PathVariable UUID communityId,
            @Valid @RequestBody BuildingRequest request, Caller caller) {
        var building = buildings.register(caller, communityId.toString(), request.name(), request.entranceNames(),
                request.entranceCount(), request.floorsAboveGround(), request.basementFloors());
        return ResponseEntity.created(URI.create("/api/buildings/" + building.id())).body(BuildingResponse.of(building));
    }

    @GetMapping("/api/communities/{communityId}/buildings")
    PageResponse<BuildingResponse> list(@PathVariable UUID communityId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(buildings.inCommunity(caller, communityId.toString(),
                pageRequests.of(page, size, Sort.by("name"))), BuildingResponse::of);
    }

    @GetMapping("/api/buildings/{buildingId}")
    BuildingResponse get(@PathVariable UUID buildingId, Caller caller) {
        return BuildingResponse.of(buildings.visibleTo(caller, buildingId.toString()));
    }
}
