package com.estate.resident.unit.attachment.web;

import com.estate.platform.attachment.AttachmentResponses;
import com.estate.platform.security.Caller;
import com.estate.resident.unit.attachment.UnitAttachments;
import java.net.URI;
import java.util.List;
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
    ResponseEntity<UnitAttachmentResponse> upload(@PathVariable String unitId, @RequestParam String kind,
            @RequestPart("file") MultipartFile file, Caller caller) {
        var response = UnitAttachmentResponse.of(unitId, attachments.upload(caller, unitId, kind, file));
        return ResponseEntity.created(URI.create(response.href())).body(response);
    }

    @GetMapping("/api/units/{unitId}/attachments")
    List<UnitAttachmentResponse> list(@PathVariable String unitId, Caller caller) {
        return attachments.list(caller, unitId).stream().map(e -> UnitAttachmentResponse.of(unitId, e)).toList();
    }

    @GetMapping("/api/units/{unitId}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String unitId, @PathVariable String attachmentId,
            Caller caller) {
        return AttachmentResponses.download(attachments.download(caller, unitId, attachmentId));
    }

    @DeleteMapping("/api/units/{unitId}/attachments/{attachmentId}")
    @PreAuthorize(STAFF)
    ResponseEntity<Void> remove(@PathVariable String unitId, @PathVariable String attachmentId, Caller caller) {
        attachments.remove(caller, unitId, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
