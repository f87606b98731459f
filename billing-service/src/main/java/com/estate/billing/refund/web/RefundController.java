package com.estate.billing.refund.web;

import com.estate.billing.refund.Refunds;
import com.estate.billing.refund.domain.RefundKind;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.money.Money;
import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
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

/** Refunds and reversals: the desk or finance asks, finance (another person) decides. */
@RestController
class RefundController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "requestedAt");

    private final Refunds refunds;
    private final PageRequests pageRequests;

    RefundController(Refunds refunds, PageRequests pageRequests) {
        this.refunds = refunds;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/billing/refunds")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('FINANCE', 'CS_AGENT', 'CS_SUPERVISOR')")
    ResponseEntity<RefundResponse> request(@Valid @RequestBody RefundRequestBody body, Caller caller) {
        if (body.kind() == RefundKind.REFUND && body.amount() == null) {
            throw new InvalidParameterException("amount", "problem.validation.field.refund-amount");
        }
        if (body.kind() == RefundKind.REVERSAL && body.amount() != null) {
            throw new InvalidParameterException("amount", "problem.validation.field.reversal-amount");
        }
        var refund = refunds.request(caller, body.paymentId(), body.kind(),
                body.amount() == null ? null : new Money(body.amount(), Money.CNY), body.reason().strip());
        return Etags.created(URI.create("/api/billing/refunds/" + refund.value().id()), refund, RefundResponse::of);
    }

    /** Approval books the reversing entries at once (infra/BUSINESS-RULES.md §16, refunds). */
    @PostMapping("/api/billing/refunds/{id}/decision")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<RefundResponse> decide(@PathVariable String id, @Valid @RequestBody RefundDecisionBody body,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(refunds.decide(caller, id, ifMatch, body.decision() == RefundDecisionBody.Decision.APPROVE),
                RefundResponse::of);
    }

    @GetMapping("/api/billing/refunds/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', 'RESIDENT')")
    ResponseEntity<RefundResponse> get(@PathVariable String id, Caller caller) {
        return Etags.ok(refunds.visibleTo(caller, id), RefundResponse::of);
    }

    @GetMapping("/api/billing/refunds")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', 'RESIDENT')")
    PageResponse<RefundResponse> list(Caller caller, @RequestParam(required = false) String communityId,
            @RequestParam(required = false) String paymentId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(refunds.list(caller, communityId, paymentId, pageRequests.of(page, size, NEWEST_FIRST)),
                RefundResponse::of);
    }
}
