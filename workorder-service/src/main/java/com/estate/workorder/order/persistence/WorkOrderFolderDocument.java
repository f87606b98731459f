package com.estate.workorder.order.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The photos (and videos) uploaded to an order, keyed by the order id; beside the order rather than in it, so an
 * upload does not change the order's ETag under a technician about to finish with it. {@code finish} may name only
 * files listed here.
 */
@Document("work_order_files")
public class WorkOrderFolderDocument {

    @Id
    private String orderId;

    private List<Entry> files = new ArrayList<>();

    protected WorkOrderFolderDocument() {
    }

    public List<Entry> files() {
        return List.copyOf(files);
    }

    /**
     * One uploaded file, with what a list shows without reading the store.
     *
     * @param copiedFrom the file it is a copy of (a patrol's photo carried over to the order it opened); null for an
     *                   upload
     */
    public record Entry(String attachmentId, String kind, String filename, String contentType, long size,
            String uploadedBy, Instant uploadedAt, String copiedFrom) {

        public Entry(String attachmentId, String kind, String filename, String contentType, long size,
                String uploadedBy, Instant uploadedAt) {
            this(attachmentId, kind, filename, contentType, size, uploadedBy, uploadedAt, null);
        }
    }
}
