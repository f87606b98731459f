package com.estate.resident.movein.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.community.CommunitySetting;
import com.estate.resident.movein.domain.InspectionChecklist;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community's own inspection checklist, keyed by the community id; a community without one uses the standard
 * checklist. An aggregate for its revision (the ETag a change must match), though it publishes nothing.
 */
@Document("inspection_checklists")
public class InspectionChecklistDocument extends AggregateDocument implements CommunitySetting<InspectionChecklist> {

    @Id
    private String communityId;

    private InspectionChecklist checklist;

    protected InspectionChecklistDocument() {
    }

    public InspectionChecklistDocument(String communityId, InspectionChecklist checklist) {
        this.communityId = communityId;
        this.checklist = checklist;
    }

    @Override
    public InspectionChecklist value() {
        return checklist;
    }

    @Override
    public void replace(InspectionChecklist next) {
        checklist = next;
    }

    @Override
    public long revision() {
        return getRevision();
    }
}
