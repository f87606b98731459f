package com.estate.resident.movein;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.CommunitySettings;
import com.estate.resident.movein.domain.InspectionChecklist;
import com.estate.resident.movein.persistence.InspectionChecklistDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Each community's house-inspection checklist: the standard one (revision 0) until its supervisors set their own.
 */
@Service
public class InspectionChecklists {

    private final CommunitySettings<InspectionChecklist, InspectionChecklistDocument> settings;

    InspectionChecklists(MongoTemplate mongo, Communities communities) {
        this.settings = new CommunitySettings<>(mongo, communities, InspectionChecklistDocument.class,
                InspectionChecklist::standard, InspectionChecklistDocument::new);
    }

    public Revised<InspectionChecklist> of(Caller caller, String communityId) {
        return settings.visibleTo(caller, communityId);
    }

    /** What an inspection in the community goes by, whoever inspects. */
    public InspectionChecklist forInspection(String communityId) {
        return settings.current(communityId).value();
    }

    public Revised<InspectionChecklist> replace(Caller caller, String communityId, IfMatch ifMatch,
            InspectionChecklist checklist) {
        return settings.change(caller, communityId, ifMatch, checklist);
    }
}
