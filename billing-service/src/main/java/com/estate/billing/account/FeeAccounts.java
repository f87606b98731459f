package com.estate.billing.account;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.account.persistence.FeeAccountDocument;
import com.estate.platform.persistence.Pages;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Finds the fee accounts a caller may see. */
@Service
public class FeeAccounts {

    private final MongoTemplate mongo;

    FeeAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The account of one unit, looked up by its id (derived from the unit id), if the caller may see it. */
    public List<FeeAccount> ofUnit(Caller caller, String unitId) {
        FeeAccountDocument document = mongo.findById(FeeAccount.idFor(unitId), FeeAccountDocument.class);
        if (document == null) {
            return List.of();
        }
        FeeAccount account = document.toDomain();
        return caller.canSeeUnit(account.communityId(), account.unitId()) ? List.of(account) : List.of();
    }

    public Page<FeeAccount> inCommunity(Caller caller, String communityId, Pageable pageable) {
        Criteria criteria = CallerScope.units(caller, "communityId", "unitId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("communityId").is(communityId));
        }
        return Pages.find(mongo, criteria, pageable, FeeAccountDocument.class).map(FeeAccountDocument::toDomain);
    }
}
