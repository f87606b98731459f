package com.estate.workorder.patrol.web;

import com.estate.platform.attachment.AttachmentResponses;
import com.estate.platform.security.Caller;
import com.estate.workorder.files.FileView;
import com.estate.workorder.patrol.PatrolFiles;
import com.estate.workorder.patrol.PatrolTasks;
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

/** Photos of a patrol: uploaded by the patrollers, then named by its result; read by whoever may see the patrol. */
@RestController
class PatrolFileController {

    private final PatrolTasks tasks;
    private final PatrolFiles files;

    PatrolFileController(PatrolTasks tasks, PatrolFiles files) {
        this.tasks = tasks;
        this.files = files;
    }

    @PostMapping(path = "/api/patrols/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(PatrolController.PATROLLERS)
    ResponseEntity<FileView> upload(@PathVariable UUID taskId, @RequestParam String kind,
            @RequestPart("file") MultipartFile file, Caller caller) {
        var task = tasks.visibleTo(caller, taskId.toString()).value();
        var response = FileView.of("/api/patrols/" + task.id(), files.upload(caller, task, kind, file));
        return ResponseEntity.created(URI.create(response.href())).body(response);
    }

    @GetMapping("/api/patrols/{taskId}/attachments")
    @PreAuthorize(PatrolController.READERS)
    List<FileView> list(@PathVariable UUID taskId, Caller caller) {
        String id = tasks.visibleTo(caller, taskId.toString()).value().id();
        return files.list(id).stream().map(entry -> FileView.of("/api/patrols/" + id, entry)).toList();
    }

    @GetMapping("/api/patrols/{taskId}/attachments/{attachmentId}")
    @PreAuthorize(PatrolController.READERS)
    ResponseEntity<InputStreamResource> download(@PathVariable UUID taskId, @PathVariable String attachmentId,
            Caller caller) {
        return AttachmentResponses.download(files.download(tasks.visibleTo(caller, taskId.toString()).value(),
                attachmentId));
    }
}
