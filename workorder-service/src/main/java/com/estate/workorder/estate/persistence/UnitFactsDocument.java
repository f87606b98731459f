package com.estate.workorder.estate.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.estate.UnitFacts;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit as resident-service last announced it, keyed by its id. {@code unitRevision} orders the events
 * ({@code unit.registered} is 1): only a newer one overwrites.
 */
@Document("estate_units")
public class UnitFactsDocument extends AggregateDocument {

    @Id
    private String id;

    private String communityId;

    private LocalDate handoverDate;

    private long unitRevision;

    protected UnitFactsDocument() {
    }

    public static UnitFactsDocument empty(String unitId, String communityId) {
        UnitFactsDocument document = new UnitFactsDocument();
        document.id = unitId;
        document.communityId = communityId;
        return document;
    }

    /** Takes the unit's state from an event, unless an event at least as new was applied already. */
    public void overwrite(long revision, String communityId, LocalDate handoverDate) {
        if (revision <= unitRevision) {
            return;
        }
        this.unitRevision = revision;
        this.communityId = communityId;
        this.handoverDate = handoverDate;
    }

    public UnitFacts toFacts() {
        return new UnitFacts(id, communityId, handoverDate);
    }

    public long unitRevision() {
        return unitRevision;
    }
}
