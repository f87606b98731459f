package com.estate.workorder.service.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.workorder.service.ServiceOrders;
import com.estate.workorder.service.domain.ServiceOrderStatus;
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

/**
 * Service orders: the desk or the resident agrees one; the department head (a supervisor or the director) assigns
 * staff; the staff finish; the resident (or the desk on their signed form) accepts or disputes; the desk or the
 * resident cancels before the work is done. Every action takes {@code If-Match}.
 */
@RestController
class ServiceOrderController {

    private static final String AGREE = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'RESIDENT')";
    private static final String HEADS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'DIRECTOR')";
    private static final String STAFF = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'DIRECTOR', 'CS_AGENT', "
            + "'TECHNICIAN', 'SECURITY')";
    private static final Set<String> SORTABLE = Set.of("scheduledFor", "agreedAt", "status");
    private static final Sort SOONEST_FIRST = Sort.by(Sort.Order.asc("scheduledFor"), Sort.Order.asc("_id"));

    private final ServiceOrders orders;
    private final PageRequests pageRequests;

    ServiceOrderController(ServiceOrders orders, PageRequests pageRequests) {
        this.orders = orders;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/service-orders")
    @IdempotentCommand
    @PreAuthorize(AGREE)
    ResponseEntity<ServiceOrderResponse> agree(@Valid @RequestBody AgreeServiceRequest request, Caller caller) {
        var agreed = orders.agree(caller, request.toAgreement());
        return Etags.created(URI.create("/api/service-orders/" + agreed.value().id()), agreed,
                ServiceOrderResponse::of);
    }

    @GetMapping("/api/service-orders/{orderId}")
    ResponseEntity<ServiceOrderResponse> get(@PathVariable UUID orderId, Caller caller) {
        return Etags.ok(orders.visibleTo(caller, orderId.toString()), ServiceOrderResponse::of);
    }

    @GetMapping("/api/service-orders")
    PageResponse<ServiceOrderResponse> list(@RequestParam String communityId,
            @RequestParam(required = false) ServiceOrderStatus status, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(orders.inCommunity(caller, communityId, status,
                pageRequests.of(page, size, sort, SOONEST_FIRST, SORTABLE)), ServiceOrderResponse::of);
    }

    @PostMapping("/api/service-orders/{orderId}/assign")
    @PreAuthorize(HEADS)
    ResponseEntity<ServiceOrderResponse> assign(@PathVariable UUID orderId, @Valid @RequestBody AssignRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(orders.assign(caller, orderId.toString(), ifMatch, request.staffIds()),
                ServiceOrderResponse::of);
    }

    @PostMapping("/api/service-orders/{orderId}/finish")
    @PreAuthorize(STAFF)
    ResponseEntity<ServiceOrderResponse> finish(@PathVariable UUID orderId, @Valid @RequestBody NoteRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(orders.finish(caller, orderId.toString(), ifMatch, request.text()),
                ServiceOrderResponse::of);
    }

    @PostMapping("/api/service-orders/{orderId}/accept")
    @PreAuthorize(AGREE)
    ResponseEntity<ServiceOrderResponse> accept(@PathVariable UUID orderId, IfMatch ifMatch, Caller caller) {
        return Etags.ok(orders.accept(caller, orderId.toString(), ifMatch), ServiceOrderResponse::of);
    }

    @PostMapping("/api/service-orders/{orderId}/dispute")
    @PreAuthorize(AGREE)
    ResponseEntity<ServiceOrderResponse> dispute(@PathVariable UUID orderId, @Valid @RequestBody NoteRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(orders.dispute(caller, orderId.toString(), ifMatch, request.text()),
                ServiceOrderResponse::of);
    }

    @PostMapping("/api/service-orders/{orderId}/cancel")
    @PreAuthorize(AGREE)
    ResponseEntity<ServiceOrderResponse> cancel(@PathVariable UUID orderId, @Valid @RequestBody NoteRequest request,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(orders.cancel(caller, orderId.toString(), ifMatch, request.text()),
                ServiceOrderResponse::of);
    }
}
