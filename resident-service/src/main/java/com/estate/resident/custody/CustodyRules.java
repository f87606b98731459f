package com.estate.resident.custody;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.PreconditionFailedException;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.custody.domain.CustodyThresholds;
import com.estate.resident.custody.persistence.CustodyRulesDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Each community's custody thresholds: the configured defaults until staff set the community's own. */
@Service
public class CustodyRules {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final ConditionalSave conditionalSave;
    private final CustodyThresholds defaults;

    CustodyRules(MongoTemplate mongo, Communities communities, ConditionalSave conditionalSave,
            CustodyProperties properties) {
        this.mongo = mongo;
        this.communities = communities;
        this.conditionalSave = conditionalSave;
        this.defaults = new CustodyThresholds(properties.defaultWaterThreshold(),
                properties.defaultElectricityThreshold());
    }

    public Revised<CustodyThresholds> of(Caller caller, String communityId) {
        communities.visibleTo(caller, communityId);
        CustodyRulesDocument document = load(communityId);
        return new Revised<>(document.thresholds(), document.getRevision());
    }

    /** The thresholds that apply in the community now; the caller has been checked against it. */
    public CustodyThresholds current(String communityId) {
        return load(communityId).thresholds();
    }

    /** Replaces the thresholds if they are as the caller read them (the defaults are revision 0). */
    public Revised<CustodyThresholds> change(Caller caller, String communityId, IfMatch ifMatch,
            CustodyThresholds thresholds) {
        communities.visibleTo(caller, communityId);
        try {
            CustodyRulesDocument saved = conditionalSave.apply(() -> load(communityId), ifMatch,
                    document -> document.set(thresholds));
            return new Revised<>(saved.thresholds(), saved.getRevision());
        } catch (DuplicateKeyException firstSetAtOnce) {
            // two first changes of the defaults at once: the other one is stored, so this one read a stale revision
            throw new PreconditionFailedException(Etags.of(load(communityId).getRevision()));
        }
    }

    private CustodyRulesDocument load(String communityId) {
        CustodyRulesDocument document = mongo.findById(communityId, CustodyRulesDocument.class);
        return document != null ? document : CustodyRulesDocument.defaults(communityId, defaults);
    }
}
