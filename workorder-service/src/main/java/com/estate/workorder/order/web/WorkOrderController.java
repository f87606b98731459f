package com.estate.workorder.order.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.workorder.order.ActionInput;
import com.estate.workorder.order.WorkOrderDesk;
import com.estate.workorder.order.domain.Action;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.order.domain.WorkOrderStatus;
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

/**
 * Repair intake and the work order's actions: {@code POST /api/work-orders} (Idempotency-Key), reads, lists
 * (overdue ones, the pool), and {@code POST /api/work-orders/{id}/{action}} for every step of the state machine
 * (If-Match), {@code quote} and {@code urge} among them.
 */
@RestController
class WorkOrderController {

    static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', "
            + "'TECHNICIAN', 'RESIDENT')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "order.createdAt").and(Sort.by("_id"));

    private final WorkOrderDesk desk;
    private final PageRequests pageRequests;
    private final FieldEncryptor encryptor;

    WorkOrderController(WorkOrderDesk desk, PageRequests pageRequests, FieldEncryptor encryptor) {
        this.desk = desk;
        this.pageRequests = pageRequests;
        this.encryptor = encryptor;
    }

    @PostMapping("/api/work-orders")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'RESIDENT')")
    ResponseEntity<WorkOrderResponse> intake(@Valid @RequestBody IntakeRequest request, Caller caller) {
        var order = desk.intake(caller, request.report());
        return Etags.created(URI.create("/api/work-orders/" + order.value().id()), order, this::response);
    }

    @GetMapping("/api/work-orders/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<WorkOrderResponse> get(@PathVariable UUID id, Caller caller) {
        return Etags.ok(desk.visibleTo(caller, id.toString()), this::response);
    }

    @GetMapping("/api/work-orders")
    @PreAuthorize(READERS)
    PageResponse<WorkOrderResponse> list(@RequestParam(required = false) String communityId,
            @RequestParam(required = false) WorkOrderStatus status,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean pooled,
            @RequestParam(required = false) String assigneeId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(desk.list(caller, communityId, status, overdue, pooled, assigneeId,
                pageRequests.of(page, size, NEWEST_FIRST)), this::response);
    }

    /** The orders that missed a target and are still open, for the desk. */
    @GetMapping("/api/work-orders/overdue")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR')")
    PageResponse<WorkOrderResponse> overdue(@RequestParam String communityId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(desk.list(caller, communityId, null, true, null, null,
                pageRequests.of(page, size, NEWEST_FIRST)), this::response);
    }

    /** The community's pool, for technicians to grab from. */
    @GetMapping("/api/work-orders/pool")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_AGENT', 'CS_SUPERVISOR', 'TECHNICIAN')")
    PageResponse<WorkOrderResponse> pool(@RequestParam String communityId, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(desk.list(caller, communityId, null, null, true, null,
                pageRequests.of(page, size, NEWEST_FIRST)), this::response);
    }

    @PostMapping("/api/work-orders/{id}/{action}")
    @PreAuthorize(READERS)
    ResponseEntity<WorkOrderResponse> act(@PathVariable UUID id, @PathVariable String action,
            @Valid @RequestBody(required = false) ActionRequest request, IfMatch ifMatch, Caller caller) {
        Action known = Action.ofWire(action).orElseThrow(() -> new NotFoundException("action", action));
        ActionInput input = request == null ? ActionInput.none() : request.input();
        return Etags.ok(desk.act(caller, id.toString(), known, input, ifMatch), this::response);
    }

    private WorkOrderResponse response(WorkOrder order) {
        return WorkOrderResponse.of(order, encryptor::decrypt);
    }
}
