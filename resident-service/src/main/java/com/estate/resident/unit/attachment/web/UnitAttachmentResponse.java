package com.estate.resident.unit.attachment.web;

import com.estate.resident.unit.attachment.persistence.UnitAttachmentsDocument.Entry;
import java.time.Instant;

record UnitAttachmentResponse(String id, String kind, String filename, String contentType, long size,
        String sha256, Instant uploadedAt, String href) {

    static UnitAttachmentResponse of(String unitId, Entry entry) {
        return new UnitAttachmentResponse(entry.attachmentId(), entry.kind(), entry.filename(), entry.contentType(),
                entry.size(), entry.sha256(), entry.uploadedAt(),
                "/api/units/" + unitId + "/attachments/" + entry.attachmentId());
    }
}
