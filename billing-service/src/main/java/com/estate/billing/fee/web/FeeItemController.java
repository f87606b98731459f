package com.estate.billing.fee.web;

import com.estate.billing.fee.FeeItems;
import com.estate.billing.fee.LateFeePolicy;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fee schedule: finance sets it; staff and residents of the community read it (it is the published standard). */
@RestController
class FeeItemController {

    private static final String MANAGERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE')";
    private static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR', 'CS_SUPERVISOR', "
            + "'CS_AGENT', 'RESIDENT')";

    private final FeeItems feeItems;
    private final PageRequests pageRequests;

    FeeItemController(FeeItems feeItems, PageRequests pageRequests) {
        this.feeItems = feeItems;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/billing/fee-items")
    @IdempotentCommand
    @PreAuthorize(MANAGERS)
    ResponseEntity<FeeItemResponse> create(@Valid @RequestBody FeeItemRequest request, Caller caller) {
        var item = feeItems.create(caller, request.communityId(), request.code(), request.name(), request.kind(),
                request.unitUse(), new BigDecimal(request.unitPrice()), request.meter(), request.effectiveFrom(),
                request.effectiveTo(), request.moveInMonths() == null ? 1 : request.moveInMonths());
        return Etags.created(URI.create("/api/billing/fee-items/" + item.value().id()), item, FeeItemResponse::of);
    }

    @PatchMapping("/api/billing/fee-items/{id}")
    @PreAuthorize(MANAGERS)
    ResponseEntity<FeeItemResponse> end(@PathVariable UUID id, @Valid @RequestBody FeeItemChange change,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(feeItems.end(caller, id.toString(), ifMatch, change.effectiveTo()), FeeItemResponse::of);
    }

    @GetMapping("/api/billing/fee-items/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<FeeItemResponse> get(@PathVariable UUID id, Caller caller) {
        return Etags.ok(feeItems.get(caller, id.toString()), FeeItemResponse::of);
    }

    @GetMapping("/api/billing/fee-items")
    @PreAuthorize(READERS)
    PageResponse<FeeItemResponse> list(Caller caller, @RequestParam(required = false) String communityId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var pageable = pageRequests.of(page, size, Sort.by("code", "unitUse", "effectiveFrom", "_id"));
        return PageResponse.of(feeItems.list(caller, communityId, pageable), FeeItemResponse::of);
    }

    @GetMapping("/api/billing/late-fees/{communityId}")
    @PreAuthorize(READERS)
    ResponseEntity<FeeItemResponse.LateFee> lateFee(@PathVariable String communityId, Caller caller) {
        return Etags.ok(feeItems.lateFee(caller, communityId), FeeItemResponse.LateFee::of);
    }

    /** Sets the policy; once it exists, with If-Match on the revision read (the first setting needs none). */
    @PutMapping("/api/billing/late-fees/{communityId}")
    @PreAuthorize(MANAGERS)
    ResponseEntity<FeeItemResponse.LateFee> setLateFee(@PathVariable String communityId,
            @Valid @RequestBody LateFeeRequest request, Caller caller,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        var policy = new LateFeePolicy(communityId, request.enabled(), new BigDecimal(request.dailyRate()),
                request.graceDays());
        IfMatch precondition = ifMatch == null ? IfMatch.parse("\"none\"") : IfMatch.parse(ifMatch);
        return Etags.ok(feeItems.setLateFee(caller, precondition, policy), FeeItemResponse.LateFee::of);
    }
}
