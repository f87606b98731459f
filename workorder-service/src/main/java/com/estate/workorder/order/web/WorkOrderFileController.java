package com.estate.workorder.order.web;

import com.estate.platform.attachment.AttachmentResponses;
import com.estate.platform.security.Caller;
import com.estate.workorder.order.WorkOrderDesk;
import com.estate.workorder.order.WorkOrderFiles;
import com.estate.workorder.files.FileView;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos of an order: uploaded by whoever may see it, then named by {@code finish}; downloaded the same way. */
@RestController
class WorkOrderFileController {

    private final WorkOrderDesk desk;
    private final WorkOrderFiles files;

    WorkOrderFileController(WorkOrderDesk desk, WorkOrderFiles files) {
        this.desk = desk;
        this.files = files;
    }

    @PostMapping(path = "/api/work-orders/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WorkOrderController.READERS)
    ResponseEntity<FileView> upload(@PathVariable UUID id, @RequestParam String kind,
            @RequestPart("file") MultipartFile file, Caller caller) {
        var order = desk.visibleTo(caller, id.toString()).value();
        var response = FileView.of("/api/work-orders/" + order.id(), files.upload(caller, order, kind, file));
        return ResponseEntity.created(URI.create(response.href())).body(response);
    }

    @GetMapping("/api/work-orders/{id}/attachments")
    @PreAuthorize(WorkOrderController.READERS)
    List<FileView> list(@PathVariable UUID id, Caller caller) {
        String orderId = desk.visibleTo(caller, id.toString()).value().id();
        return files.list(orderId).stream().map(entry -> FileView.of("/api/work-orders/" + orderId, entry)).toList();
    }

    @GetMapping("/api/work-orders/{id}/attachments/{attachmentId}")
    @PreAuthorize(WorkOrderController.READERS)
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable String attachmentId,
            Caller caller) {
        return AttachmentResponses.download(files.download(desk.visibleTo(caller, id.toString()).value(),
                attachmentId));
    }
}
