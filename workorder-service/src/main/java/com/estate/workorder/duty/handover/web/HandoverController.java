package com.estate.workorder.duty.handover.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.DutyAccess;
import com.estate.workorder.duty.domain.Handover;
import com.estate.workorder.duty.handover.Handovers;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Shift handovers: written by the outgoing person, accepted by the incoming one, then the outgoing one leaves. */
@RestController
class HandoverController {

    private final Handovers handovers;

    HandoverController(Handovers handovers) {
        this.handovers = handovers;
    }

    @PostMapping("/api/duty/handovers")
    @IdempotentCommand
    @PreAuthorize(DutyAccess.ON_DUTY)
    ResponseEntity<HandoverView> write(@Valid @RequestBody HandoverRequest request, Caller caller) {
        Revised<Handover> handover = handovers.write(caller, request.toWriting());
        return Etags.created(URI.create("/api/duty/handovers/" + handover.value().id()), view(handover),
                handover.revision());
    }

    @GetMapping("/api/duty/handovers/{handoverId}")
    @PreAuthorize(DutyAccess.STAFF)
    ResponseEntity<HandoverView> get(@PathVariable UUID handoverId, Caller caller) {
        Revised<Handover> handover = handovers.visibleTo(caller, handoverId.toString());
        return Etags.ok(view(handover), handover.revision());
    }

    @PatchMapping("/api/duty/handovers/{handoverId}")
    @PreAuthorize(DutyAccess.ON_DUTY)
    ResponseEntity<HandoverView> rewrite(@PathVariable UUID handoverId, @Valid @RequestBody RewriteRequest request,
            IfMatch ifMatch, Caller caller) {
        Revised<Handover> handover = handovers.rewrite(caller, handoverId.toString(), ifMatch, request.toMatters(),
                request.toTools());
        return Etags.ok(view(handover), handover.revision());
    }

    @PostMapping("/api/duty/handovers/{handoverId}/accept")
    @PreAuthorize(DutyAccess.ON_DUTY)
    ResponseEntity<HandoverView> accept(@PathVariable UUID handoverId, IfMatch ifMatch, Caller caller) {
        Revised<Handover> handover = handovers.accept(caller, handoverId.toString(), ifMatch);
        return Etags.ok(view(handover), handover.revision());
    }

    @PostMapping("/api/duty/handovers/{handoverId}/release")
    @PreAuthorize(DutyAccess.ON_DUTY)
    ResponseEntity<HandoverView> release(@PathVariable UUID handoverId, IfMatch ifMatch, Caller caller) {
        Revised<Handover> handover = handovers.release(caller, handoverId.toString(), ifMatch);
        return Etags.ok(view(handover), handover.revision());
    }

    private HandoverView view(Revised<Handover> handover) {
        return HandoverView.of(handover, handovers.entries(handover.value()));
    }
}
