package com.estate.workorder.duty.log.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.workorder.duty.DutyAccess;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.ShiftKind;
import com.estate.workorder.duty.domain.ShiftRef;
import com.estate.workorder.duty.log.DutyLog;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The duty log: the person on duty writes it and routes each entry; the centre's staff read it. */
@RestController
class DutyLogController {

    private final DutyLog log;

    DutyLogController(DutyLog log) {
        this.log = log;
    }

    /** With {@code route} the entry is resolved at once (a repair call gets its work order while on the line). */
    @PostMapping("/api/duty/log")
    @IdempotentCommand
    @PreAuthorize(DutyAccess.ON_DUTY)
    ResponseEntity<LogEntryView> record(@Valid @RequestBody LogEntryRequest request, Caller caller) {
        Revised<DutyLogEntry> entry = log.record(caller, request.toCall());
        if (request.route() != null) {
            entry = log.route(caller, entry.value().id(), IfMatch.ANY, request.route().toRoute());
        }
        return Etags.created(URI.create("/api/duty/log/" + entry.value().id()), LogEntryView.of(entry), entry.revision());
    }

    @GetMapping("/api/duty/log")
    @PreAuthorize(DutyAccess.STAFF)
    List<LogEntryView> sheet(@RequestParam String communityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam ShiftKind shift, Caller caller) {
        return log.sheet(caller, communityId, new ShiftRef(date, shift)).stream().map(LogEntryView::of).toList();
    }

    @GetMapping("/api/duty/log/{entryId}")
    @PreAuthorize(DutyAccess.STAFF)
    ResponseEntity<LogEntryView> get(@PathVariable UUID entryId, Caller caller) {
        Revised<DutyLogEntry> entry = log.visibleTo(caller, entryId.toString());
        return Etags.ok(LogEntryView.of(entry), entry.revision());
    }

    @PostMapping("/api/duty/log/{entryId}/route")
    @PreAuthorize(DutyAccess.ON_DUTY)
    ResponseEntity<LogEntryView> route(@PathVariable UUID entryId, @Valid @RequestBody RouteRequest request,
            IfMatch ifMatch, Caller caller) {
        Revised<DutyLogEntry> entry = log.route(caller, entryId.toString(), ifMatch, request.toRoute());
        return Etags.ok(LogEntryView.of(entry), entry.revision());
    }
}
