package com.estate.resident.renovation.web;

import com.estate.platform.attachment.AttachmentResponses;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.resident.gatepass.GatePassView;
import com.estate.resident.renovation.RenovationArchive;
import com.estate.resident.renovation.RenovationSupervision;
import com.estate.resident.renovation.domain.DocumentPurpose;
import com.estate.resident.renovation.domain.Inspection;
import com.estate.resident.renovation.domain.WorkLogEntry;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The case's archive and the watch over permitted works: worker passes, work log, inspections. */
@RestController
class RenovationSupervisionController {

    private static final String WATCHERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'SECURITY', "
            + "'TECHNICIAN')";
    private static final String WATCHERS_OR_OWNER = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', "
            + "'SECURITY', 'TECHNICIAN', 'RESIDENT')";

    private final RenovationArchive archive;
    private final RenovationSupervision supervision;
    private final Clock clock;

    RenovationSupervisionController(RenovationArchive archive, RenovationSupervision supervision, Clock clock) {
        this.archive = archive;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** Adds a document to the archive; answers the case with its new ETag. */
    @PostMapping(path = "/api/renovations/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(RenovationController.OWNER_OR_DESK)
    ResponseEntity<RenovationResponse> attach(@PathVariable UUID id, @RequestParam DocumentPurpose purpose,
            @RequestPart("file") MultipartFile file, Caller caller) {
        var renovation = archive.attach(caller, id.toString(), purpose, file);
        return Etags.created(URI.create("/api/renovations/" + id), renovation, RenovationResponse::of);
    }

    @GetMapping("/api/renovations/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable String attachmentId,
            Caller caller) {
        return AttachmentResponses.download(archive.download(caller, id.toString(), attachmentId));
    }

    @PostMapping("/api/renovations/{id}/worker-passes")
    @IdempotentCommand
    @PreAuthorize(RenovationController.DESK)
    ResponseEntity<GatePassView> workerPass(@PathVariable UUID id, @Valid @RequestBody WorkerPassRequest request,
            Caller caller) {
        var pass = supervision.issueWorkerPass(caller, id.toString(), request.workerName().strip(),
                request.validFrom(), request.validUntil());
        return ResponseEntity.created(URI.create("/api/gate-passes/" + pass.id()))
                .body(GatePassView.of(pass, clock.instant()));
    }

    @PostMapping("/api/renovations/{id}/work-log")
    @IdempotentCommand
    @PreAuthorize(WATCHERS_OR_OWNER)
    ResponseEntity<WorkLogEntry> logWork(@PathVariable UUID id, @Valid @RequestBody WorkLogRequest request,
            Caller caller) {
        WorkLogEntry entry = supervision.logWork(caller, id.toString(),
                request.at() == null ? null : request.at().toInstant(), request.note().strip());
        return ResponseEntity.created(URI.create("/api/renovations/" + id)).body(entry);
    }

    @PostMapping("/api/renovations/{id}/inspections")
    @IdempotentCommand
    @PreAuthorize(WATCHERS)
    ResponseEntity<Inspection> inspect(@PathVariable UUID id, @Valid @RequestBody InspectionRequest request,
            Caller caller) {
        Inspection inspection = supervision.inspect(caller, id.toString(), request.findings().strip(),
                request.violationList());
        return ResponseEntity.created(URI.create("/api/renovations/" + id)).body(inspection);
    }
}
