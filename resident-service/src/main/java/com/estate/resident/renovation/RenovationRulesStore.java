package com.estate.resident.renovation;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.PreconditionFailedException;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.renovation.domain.RenovationRules;
import com.estate.resident.renovation.persistence.RenovationRulesDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A community's renovation rules: the configured defaults (revision 0) until its staff change them, then its own
 * document. A change needs the revision it was read at (If-Match), the defaults' included.
 */
@Service
public class RenovationRulesStore {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final RenovationProperties properties;

    RenovationRulesStore(MongoTemplate mongo, Communities communities, RenovationProperties properties) {
        this.mongo = mongo;
        this.communities = communities;
        this.properties = properties;
    }

    public Revised<RenovationRules> visibleTo(Caller caller, String communityId) {
        communities.visibleTo(caller, communityId);
        return of(communityId);
    }

    /** The rules in force, for a process that has already checked the caller. */
    public Revised<RenovationRules> of(String communityId) {
        RenovationRulesDocument document = mongo.findById(communityId, RenovationRulesDocument.class);
        return document == null ? new Revised<>(properties.defaultRules(), 0)
                : new Revised<>(document.rules(), document.revision());
    }

    public Revised<RenovationRules> change(Caller caller, String communityId, IfMatch ifMatch, RenovationRules rules) {
        communities.visibleTo(caller, communityId);
        RenovationRulesDocument document = mongo.findById(communityId, RenovationRulesDocument.class);
        ifMatch.require(document == null ? 0 : document.revision());
        try {
            if (document == null) {
                document = mongo.insert(new RenovationRulesDocument(communityId, rules));
            } else {
                document.change(rules);
                document = mongo.save(document);
            }
        } catch (DuplicateKeyException | OptimisticLockingFailureException changedMeanwhile) {
            throw new PreconditionFailedException(Etags.of(of(communityId).revision()));
        }
        return new Revised<>(document.rules(), document.revision());
    }
}
