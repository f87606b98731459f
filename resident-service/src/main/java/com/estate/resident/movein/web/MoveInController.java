package com.estate.resident.movein.web;

import com.estate.platform.attachment.AttachmentResponses;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.movein.MoveInFiles;
import com.estate.resident.movein.MoveIns;
import com.estate.resident.movein.domain.Step;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Sort;
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

/** Opening move-in cases, reading them, the desk's list of open ones, and the files of a case. */
@RestController
class MoveInController {

    static final String DESK = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')";
    private static final Set<String> SORTABLE = Set.of("openedAt");
    private static final Sort OLDEST_FIRST = Sort.by("openedAt", "_id");

    private final MoveIns moveIns;
    private final MoveInFiles files;
    private final PageRequests pageRequests;

    MoveInController(MoveIns moveIns, MoveInFiles files, PageRequests pageRequests) {
        this.moveIns = moveIns;
        this.files = files;
        this.pageRequests = pageRequests;
    }

    @PostMapping("/api/move-ins")
    @IdempotentCommand
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> open(@Valid @RequestBody MoveInRequests.Open request, Caller caller) {
        var movein = moveIns.open(caller, request.unitId().toString(), request.ownerResidentId().toString(),
                request.isWithProxy());
        return Etags.created(URI.create("/api/move-ins/" + movein.value().id()), movein, MoveInResponse::of);
    }

    @GetMapping("/api/move-ins/{caseId}")
    ResponseEntity<MoveInResponse> get(@PathVariable UUID caseId, Caller caller) {
        return Etags.ok(moveIns.visibleTo(caller, caseId.toString()), MoveInResponse::of);
    }

    /** @param open false lists completed cases instead */
    @GetMapping("/api/move-ins")
    @PreAuthorize(DESK)
    PageResponse<MoveInResponse> list(@RequestParam UUID communityId, @RequestParam(required = false) Step step,
            @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) List<String> sort,
            Caller caller) {
        return PageResponse.of(moveIns.inCommunity(caller, communityId.toString(), step, open,
                pageRequests.of(page, size, sort, OLDEST_FIRST, SORTABLE)), MoveInResponse::of);
    }

    /** A scan or photo for the case; a step then names it by its id. */
    @PostMapping(path = "/api/move-ins/{caseId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DESK)
    ResponseEntity<MoveInFileResponse> upload(@PathVariable UUID caseId, @RequestParam String kind,
            @RequestPart("file") MultipartFile file, Caller caller) {
        var movein = moveIns.visibleTo(caller, caseId.toString()).value();
        var response = MoveInFileResponse.of(movein.id(), files.upload(caller, movein, kind, file));
        return ResponseEntity.created(URI.create(response.href())).body(response);
    }

    @GetMapping("/api/move-ins/{caseId}/attachments")
    List<MoveInFileResponse> files(@PathVariable UUID caseId, Caller caller) {
        String id = moveIns.visibleTo(caller, caseId.toString()).value().id();
        return files.list(id).stream().map(entry -> MoveInFileResponse.of(id, entry)).toList();
    }

    @GetMapping("/api/move-ins/{caseId}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID caseId, @PathVariable String attachmentId,
            Caller caller) {
        return AttachmentResponses.download(files.download(moveIns.visibleTo(caller, caseId.toString()).value(),
                attachmentId));
    }
}
