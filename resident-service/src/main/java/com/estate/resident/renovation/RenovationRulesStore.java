package com.estate.resident.renovation;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.CommunitySettings;
import com.estate.resident.renovation.domain.RenovationRules;
import com.estate.resident.renovation.persistence.RenovationRulesDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A community's renovation rules: the configured defaults (revision 0) until its staff change them, then its own
 * document. A change needs the revision it was read at (If-Match), the defaults' included.
 */
@Service
public class RenovationRulesStore {

    private final CommunitySettings<RenovationRules, RenovationRulesDocument> settings;

    RenovationRulesStore(MongoTemplate mongo, Communities communities, RenovationProperties properties) {
        this.settings = new CommunitySettings<>(mongo, communities, RenovationRulesDocument.class,
                properties::defaultRules, RenovationRulesDocument::new);
    }

    public Revised<RenovationRules> visibleTo(Caller caller, String communityId) {
        return settings.visibleTo(caller, communityId);
    }

    /** The rules in force, for a process that has already checked the caller. */
    public Revised<RenovationRules> of(String communityId) {
        return settings.current(communityId);
    }

    public Revised<RenovationRules> change(Caller caller, String communityId, IfMatch ifMatch, RenovationRules rules) {
        return settings.change(caller, communityId, ifMatch, rules);
    }
}
