package com.estate.resident.movein.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The files uploaded to a case (document scans, signed forms, defect photos), keyed by the case id. Beside the case
 * rather than in it, so that uploading a scan does not change the case's ETag under a client about to send the step
 * that names it; a step may name only files listed here.
 */
@Document("move_in_files")
public class MoveInFolderDocument {

    @Id
    private String caseId;

    private List<Entry> files = new ArrayList<>();

    protected MoveInFolderDocument() {
    }

    public List<Entry> files() {
        return List.copyOf(files);
    }

    /** One uploaded file, with what a list shows without reading the store. */
    public record Entry(String attachmentId, String kind, String filename, String contentType, long size,
            String sha256, String uploadedBy, Instant uploadedAt) {
    }
}
