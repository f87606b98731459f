package com.estate.billing.dunning;

import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reading and changing one account's dunning document: staff of its community see it, anyone else gets 404; every
 * change is one conditional write with the events it raises.
 */
@Component
class DunningAccounts {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;

    DunningAccounts(MongoTemplate mongo, ConditionalSave conditionalSave) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
    }

    DunningAccountDocument find(String accountId) {
        return mongo.findById(accountId, DunningAccountDocument.class);
    }

    DunningAccountDocument visible(Caller caller, String accountId) {
        DunningAccountDocument document = find(accountId);
        if (document == null || document.current() == null || caller.isResident()
                || !caller.canSeeCommunity(document.communityId())) {
            throw new NotFoundException("dunning", accountId);
        }
        return document;
    }

    /** A staff member's change, at the revision they read. */
    DunningAccountDocument change(Caller caller, String accountId, IfMatch ifMatch,
            Consumer<DunningAccountDocument> change) {
        return save(() -> visible(caller, accountId), ifMatch, change);
    }

    /** The scanner's change of an account whose document exists. */
    DunningAccountDocument changeExisting(String accountId, Consumer<DunningAccountDocument> change) {
        return save(() -> find(accountId), IfMatch.ANY, change);
    }

    /**
     * The scanner's change of an account, creating its document first when the account was never in dunning (a
     * second scanner creating it at the same moment is harmless: the insert collides, the change is retried).
     */
    DunningAccountDocument changeOrCreate(String accountId, String unitId, String communityId,
            Consumer<DunningAccountDocument> change) {
        if (find(accountId) == null) {
            try {
                mongo.insert(DunningAccountDocument.of(accountId, unitId, communityId));
            } catch (DuplicateKeyException created) {
                // created by a handler or another scanner in the meantime: change that one
            }
        }
        return save(() -> find(accountId), IfMatch.ANY, change);
    }

    private DunningAccountDocument save(Supplier<DunningAccountDocument> load, IfMatch ifMatch,
            Consumer<DunningAccountDocument> change) {
        return conditionalSave.apply(load, ifMatch, document -> {
            change.accept(document);
            document.synced();
        });
    }
}
