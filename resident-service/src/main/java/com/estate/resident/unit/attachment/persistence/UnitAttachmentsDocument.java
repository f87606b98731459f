package com.estate.resident.unit.attachment.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's documents (handover papers, floor plans, photos): the references to its files in the store, keyed by
 * the unit's id. Kept beside the unit's own document rather than in it, so attaching a file neither changes the
 * unit's version (a concurrent edit with If-Match would fail for it) nor is lost to a whole-document save of the
 * unit.
 */
@Document("unit_attachments")
public class UnitAttachmentsDocument {

    @Id
    private String unitId;

    private List<Entry> files = new ArrayList<>();

    protected UnitAttachmentsDocument() {
    }

    public String unitId() {
        return unitId;
    }

    public List<Entry> files() {
        return List.copyOf(files);
    }

    /** One reference, with what a list shows without reading the store ({@code id} would map to {@code _id}). */
    public record Entry(String attachmentId, String kind, String filename, String contentType, long size, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }
}
