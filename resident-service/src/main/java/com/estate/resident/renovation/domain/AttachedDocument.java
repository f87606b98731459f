package com.estate.resident.renovation.domain;

import java.time.Instant;

/** A document in the renovation's archive: a reference to a file in the suite's store. */
public record AttachedDocument(String attachmentId, DocumentPurpose purpose, String filename, String contentType,
        long size, String uploadedBy, Instant uploadedAt) {
}
