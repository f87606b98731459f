package com.estate.resident.custody;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.CommunitySettings;
import com.estate.resident.custody.domain.CustodyThresholds;
import com.estate.resident.custody.persistence.CustodyRulesDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Each community's custody thresholds: the configured defaults until staff set the community's own. */
@Service
public class CustodyRules {

    private final CommunitySettings<CustodyThresholds, CustodyRulesDocument> settings;

    CustodyRules(MongoTemplate mongo, Communities communities, CustodyProperties properties) {
        CustodyThresholds defaults = new CustodyThresholds(properties.defaultWaterThreshold(),
                properties.defaultElectricityThreshold());
        this.settings = new CommunitySettings<>(mongo, communities, CustodyRulesDocument.class, () -> defaults,
                CustodyRulesDocument::new);
    }

    public Revised<CustodyThresholds> of(Caller caller, String communityId) {
        return settings.visibleTo(caller, communityId);
    }

    /** The thresholds that apply in the community now; the caller has been checked against it. */
    public CustodyThresholds current(String communityId) {
        return settings.current(communityId).value();
    }

    /** Replaces the thresholds if they are as the caller read them (the defaults are revision 0). */
    public Revised<CustodyThresholds> change(Caller caller, String communityId, IfMatch ifMatch,
            CustodyThresholds thresholds) {
        return settings.change(caller, communityId, ifMatch, thresholds);
    }
}
