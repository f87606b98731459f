package com.estate.platform.attachment;

import java.time.Instant;

/**
 * A file in the store, as its metadata says.
 *
 * @param contentType the type detected from the content when it was uploaded
 * @param sha256      hex SHA-256 of the content
 */
public record StoredAttachment(String id, String filename, String kind, String contentType, long size,
        String sha256, AttachmentOwner owner, String uploadedBy, Instant uploadedAt) {
}
