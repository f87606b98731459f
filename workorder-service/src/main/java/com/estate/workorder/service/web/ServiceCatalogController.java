package com.estate.workorder.service.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.workorder.service.ServiceCatalog;
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

/** The service catalog: supervisors keep it; staff and residents of the community read it. */
@RestController
class ServiceCatalogController {

    static final String SUPERVISORS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')";
    private static final Set<String> SORTABLE = Set.of("name", "department");
    private static final Sort BY_NAME = Sort.by(Sort.Order.asc("department"), Sort.Order.asc("name"),
            Sort.Order.asc("_id"));

    private final ServiceCatalog catalog;
    private final PageRequests pageRequests;

    ServiceCatalogController(ServiceCatalog catalog, PageRequests pageRequests) {
        this.catalog = catalog;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/service-catalog")
    @IdempotentCommand
    @PreAuthorize(SUPERVISORS)
    ResponseEntity<CatalogItemResponse> add(@Valid @RequestBody CatalogItemRequest request, Caller caller) {
        var added = catalog.add(caller, request.communityId(), request);
        return Etags.created(URI.create("/api/service-catalog/" + added.value().id()), added,
                CatalogItemResponse::of);
    }

    @PatchMapping("/api/service-catalog/{itemId}")
    @PreAuthorize(SUPERVISORS)
    ResponseEntity<CatalogItemResponse> change(@PathVariable UUID itemId,
            @Valid @RequestBody CatalogItemChange request, IfMatch ifMatch, Caller caller) {
        return Etags.ok(catalog.change(caller, itemId.toString(), ifMatch, request::applyTo),
                CatalogItemResponse::of);
    }

    @GetMapping("/api/service-catalog/{itemId}")
    ResponseEntity<CatalogItemResponse> get(@PathVariable UUID itemId, Caller caller) {
        return Etags.ok(catalog.visibleTo(caller, itemId.toString()), CatalogItemResponse::of);
    }

    /** @param available true for what residents can order now; all items when left out */
    @GetMapping("/api/service-catalog")
    PageResponse<CatalogItemResponse> list(@RequestParam String communityId,
            @RequestParam(required = false) Boolean available, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(catalog.of(caller, communityId, available,
                pageRequests.of(page, size, sort, BY_NAME, SORTABLE)), CatalogItemResponse::of);
    }
}
