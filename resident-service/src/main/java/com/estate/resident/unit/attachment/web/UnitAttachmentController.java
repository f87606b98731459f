package com.estate.resident.unit.attachment.web;

import com.estate.platform.attachment.AttachmentResponses;
import com.estate.platform.security.Caller;
import com.estate.resident.unit.attachment.UnitAttachments;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A unit's documents: staff of its community add and remove them; whoever may see the unit reads them. */
@RestController
class UnitAttachmentController {

    private static final String STAFF = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', "
            + "'ADMIN_SUPERVISOR', 'DIRECTOR')";

    private final UnitAttachments attachments;

    UnitAttachmentController(UnitAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/units/{unitId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STAFF)
    ResponseEntity<UnitAttachmentResponse> upload(@PathVariable UUID unitId, @RequestParam String kind,
            @RequestPart("file") MultipartFile file, Caller caller) {
        String unit = unitId.toString();
        var response = UnitAttachmentResponse.of(unit, attachments.upload(caller, unit, kind, file));
        return ResponseEntity.created(URI.create(response.href())).body(response);
    }

    @GetMapping("/api/units/{unitId}/attachments")
    List<UnitAttachmentResponse> list(@PathVariable UUID unitId, Caller caller) {
        String unit = unitId.toString();
        return attachments.list(caller, unit).stream().map(e -> UnitAttachmentResponse.of(unit, e)).toList();
    }

    @GetMapping("/api/units/{unitId}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID unitId, @PathVariable String attachmentId,
            Caller caller) {
        return AttachmentResponses.download(attachments.download(caller, unitId.toString(), attachmentId));
    }

    @DeleteMapping("/api/units/{unitId}/attachments/{attachmentId}")
    @PreAuthorize(STAFF)
    ResponseEntity<Void> remove(@PathVariable UUID unitId, @PathVariable String attachmentId, Caller caller) {
        attachments.remove(caller, unitId.toString(), attachmentId);
        return ResponseEntity.noContent().build();
    }
}
