package com.estate.resident.renovation.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.renovation.domain.Renovation;
import com.estate.resident.renovation.domain.RenovationStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A renovation with its pending events. The whole case is one document (archive references, passes, log,
 * inspections), so every step is one atomic write with its events; what lists filter by is copied to the top.
 */
@Document("renovations")
public class RenovationDocument extends AggregateDocument {

    @Id
    private String id;
    private String communityId;
    private String unitId;
    private RenovationStatus status;
    private Instant createdAt;
    private Renovation renovation;

    protected RenovationDocument() {
    }

    public static RenovationDocument from(Renovation renovation) {
        RenovationDocument document = new RenovationDocument();
        document.id = renovation.id();
        document.communityId = renovation.communityId();
        document.unitId = renovation.unitId();
        document.createdAt = renovation.createdAt();
        document.renovation = renovation;
        document.status = renovation.status();
        return document;
    }

    /** The case, to change in place; {@link #synced()} before saving. */
    public Renovation renovation() {
        return renovation;
    }

    /** Copies what lists filter by after a change of the case. */
    public RenovationDocument synced() {
        status = renovation.status();
        return this;
    }
}
