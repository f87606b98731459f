package com.estate.workorder.files;

import java.time.Instant;

/**
 * One file of a record's folder, with what a list shows without reading the store.
 *
 * @param copiedFrom the file it is a copy of (a patrol's photo carried over to the order it opened); null for an
 *                   upload
 */
public record FileEntry(String attachmentId, String kind, String filename, String contentType, long size,
        String uploadedBy, Instant uploadedAt, String copiedFrom) {
}
