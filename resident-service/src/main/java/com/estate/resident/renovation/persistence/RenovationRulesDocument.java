package com.estate.resident.renovation.persistence;

import com.estate.resident.community.CommunitySetting;
import com.estate.resident.renovation.domain.RenovationRules;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community's renovation rules, keyed by the community's id; absent until first changed (the defaults apply).
 * No events, so the revision is the storage version (infra/ARCHITECTURE.md §10), counted from 1 once stored: 0 is
 * the defaults' revision.
 */
@Document("renovation_rules")
public class RenovationRulesDocument implements CommunitySetting<RenovationRules> {

    @Id
    private String communityId;
    private RenovationRules rules;
    @Version
    private Long version;

    protected RenovationRulesDocument() {
    }

    public RenovationRulesDocument(String communityId, RenovationRules rules) {
        this.communityId = communityId;
        this.rules = rules;
    }

    @Override
    public RenovationRules value() {
        return rules;
    }

    @Override
    public void replace(RenovationRules changed) {
        rules = changed;
    }

    @Override
    public long revision() {
        return version == null ? 0 : version + 1;
    }
}
