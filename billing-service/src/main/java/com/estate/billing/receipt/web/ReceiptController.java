package com.estate.billing.receipt.web;

import com.estate.billing.receipt.Receipts;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Receipts: read by the household and the community's staff; voided by finance on someone else's request. */
@RestController
class ReceiptController {

    static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR',"
            + " 'RESIDENT')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "issuedAt");

    private final Receipts receipts;
    private final PageRequests pageRequests;

    ReceiptController(Receipts receipts, PageRequests pageRequests) {
        this.receipts = receipts;
        this.pageRequests = pageRequests;
    }

    @GetMapping("/api/billing/receipts")
    @PreAuthorize(READERS)
    PageResponse<ReceiptResponse> list(Caller caller, @RequestParam(required = false) String communityId,
            @RequestParam(required = false) String unitId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(receipts.list(caller, communityId, unitId, pageRequests.of(page, size, NEWEST_FIRST)),
                ReceiptResponse::of);
    }

    @GetMapping("/api/billing/receipts/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<ReceiptResponse> get(@PathVariable String id, Caller caller) {
        return Etags.ok(receipts.visibleTo(caller, id), ReceiptResponse::of);
    }

    /** Asked by the desk or finance; the receipt stays valid until finance approves. */
    @PostMapping("/api/billing/receipts/{id}/void-request")
    @PreAuthorize("hasAnyRole('FINANCE', 'CS_AGENT', 'CS_SUPERVISOR')")
    ResponseEntity<ReceiptResponse> requestVoid(@PathVariable String id, @Valid @RequestBody VoidRequestBody body,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(receipts.requestVoid(caller, id, ifMatch, body.reason().strip()), ReceiptResponse::of);
    }

    /** Finance approves (not the one who asked) or rejects a requested void (infra/BUSINESS-RULES.md §16, receipts). */
    @PostMapping("/api/billing/receipts/{id}/void-decision")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<ReceiptResponse> decideVoid(@PathVariable String id, @Valid @RequestBody VoidDecisionBody body,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(receipts.decideVoid(caller, id, ifMatch, body.decision() == VoidDecisionBody.Decision.APPROVE),
                ReceiptResponse::of);
    }
}
