package com.estate.resident.movein.web;

import com.estate.resident.movein.persistence.MoveInFolderDocument.Entry;
import java.time.Instant;

record MoveInFileResponse(String id, String kind, String filename, String contentType, long size, String sha256,
        Instant uploadedAt, String href) {

    static MoveInFileResponse of(String caseId, Entry entry) {
        return new MoveInFileResponse(entry.attachmentId(), entry.kind(), entry.filename(), entry.contentType(),
                entry.size(), entry.sha256(), entry.uploadedAt(),
                "/api/move-ins/" + caseId + "/attachments/" + entry.attachmentId());
    }
}
