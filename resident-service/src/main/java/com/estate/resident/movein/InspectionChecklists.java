package com.estate.resident.movein;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.movein.domain.InspectionChecklist;
import com.estate.resident.movein.persistence.InspectionChecklistDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Each community's house-inspection checklist: the standard one (revision 0) until its supervisors set their own.
 */
@Service
public class InspectionChecklists {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final ConditionalSave conditionalSave;

    InspectionChecklists(MongoTemplate mongo, Communities communities, ConditionalSave conditionalSave) {
        this.mongo = mongo;
        this.communities = communities;
        this.conditionalSave = conditionalSave;
    }

    public Revised<InspectionChecklist> of(Caller caller, String communityId) {
        communities.visibleTo(caller, communityId);
        InspectionChecklistDocument document = stored(communityId);
        return new Revised<>(document.checklist(), document.getRevision());
    }

    /** What an inspection in the community goes by, whoever inspects. */
    public InspectionChecklist forInspection(String communityId) {
        return stored(communityId).checklist();
    }

    public Revised<InspectionChecklist> replace(Caller caller, String communityId, IfMatch ifMatch,
            InspectionChecklist checklist) {
        communities.visibleTo(caller, communityId);
        InspectionChecklistDocument saved = conditionalSave.apply(() -> stored(communityId), ifMatch,
                document -> document.replace(checklist));
        return new Revised<>(saved.checklist(), saved.getRevision());
    }

    private InspectionChecklistDocument stored(String communityId) {
        InspectionChecklistDocument document = mongo.findById(communityId, InspectionChecklistDocument.class);
        return document != null ? document : new InspectionChecklistDocument(communityId,
                InspectionChecklist.standard());
    }
}
