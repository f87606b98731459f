package com.estate.billing.payment.web;

import com.estate.billing.payment.Payments;
import com.estate.billing.payment.domain.HomeVisit;
import com.estate.billing.payment.domain.PaymentMethod;
import com.estate.billing.payment.domain.PaymentStatus;
import com.estate.contracts.identity.Role;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.Revised;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments: finance and the desk record money received at the desk or at home; a resident starts an online payment
 * of their own unit's bills (infra/BUSINESS-RULES.md §16, payments). Every POST takes an {@code Idempotency-Key}.
 */
@RestController
class PaymentController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

    private final Payments payments;
    private final PageRequests pageRequests;

    PaymentController(Payments payments, PageRequests pageRequests) {
        this.payments = payments;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/billing/payments")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('FINANCE', 'CS_AGENT', 'RESIDENT')")
    ResponseEntity<PaymentResponse> create(@Valid @RequestBody PaymentRequest request, Caller caller) {
        Revised<com.estate.billing.payment.domain.Payment> payment = request.method() == PaymentMethod.ONLINE
                ? online(request, caller) : received(request, caller);
        return Etags.created(URI.create("/api/billing/payments/" + payment.value().id()), payment,
                PaymentResponse::of);
    }

    @GetMapping("/api/billing/payments/{id}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', 'RESIDENT')")
    ResponseEntity<PaymentResponse> get(@PathVariable String id, Caller caller) {
        return Etags.ok(payments.visibleTo(caller, id), PaymentResponse::of);
    }

    @GetMapping("/api/billing/payments")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', 'RESIDENT')")
    PageResponse<PaymentResponse> list(Caller caller, @RequestParam(required = false) String communityId,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) PaymentStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(payments.list(caller, communityId, unitId, status,
                pageRequests.of(page, size, NEWEST_FIRST)), PaymentResponse::of);
    }

    private Revised<com.estate.billing.payment.domain.Payment> online(PaymentRequest request, Caller caller) {
        if (!caller.hasRole(Role.RESIDENT)) {
            throw new AccessDeniedException("online payments are started by the resident");
        }
        if (request.amount() != null) {
            throw new InvalidParameterException("amount", "problem.validation.field.online-amount");
        }
        return payments.startOnline(caller, request.unitId(), request.channel(), request.bills());
    }

    private Revised<com.estate.billing.payment.domain.Payment> received(PaymentRequest request, Caller caller) {
        if (!caller.hasAnyRole(Role.FINANCE, Role.CS_AGENT)) {
            throw new AccessDeniedException("money in hand is recorded by finance or the desk");
        }
        if (request.amount() == null) {
            throw new InvalidParameterException("amount", "problem.validation.field.payment-amount");
        }
        HomeVisit visit = null;
        if (request.method() == PaymentMethod.HOME_COLLECTION) {
            if (request.homeVisit() == null) {
                throw new InvalidParameterException("homeVisit", "problem.validation.field.home-visit");
            }
            visit = new HomeVisit(request.homeVisit().appointmentAt(), request.homeVisit().collectedBy().strip());
        }
        return payments.receive(caller, new Payments.Received(request.unitId(),
                new Money(request.amount(), Money.CNY), request.channel(), request.reference(), request.payerName(),
                request.bills(), visit));
    }
}
