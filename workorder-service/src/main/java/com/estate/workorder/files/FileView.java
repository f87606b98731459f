package com.estate.workorder.files;

import java.time.Instant;

/** A file of a record's folder as the API shows it, with where to download it ({@code <record path>/attachments/<id>}). */
public record FileView(String id, String kind, String filename, String contentType, long size, Instant uploadedAt,
        String href) {

    public static FileView of(String recordPath, FileEntry entry) {
        return new FileView(entry.attachmentId(), entry.kind(), entry.filename(), entry.contentType(), entry.size(),
                entry.uploadedAt(), recordPath + "/attachments/" + entry.attachmentId());
    }
}
