package com.estate.billing.bill;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.estate.billing.bill.persistence.BillDocument;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** The bills a caller may read: a resident their own units', staff their communities'. */
@Service
public class BillQueries {

    private final MongoTemplate mongo;

    BillQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @throws NotFoundException if there is no such bill or the caller may not see it */
    public Bill visible(Caller caller, String billId) {
        BillDocument document = mongo.findById(billId, BillDocument.class);
        Bill bill = document == null ? null : document.toDomain();
        if (bill == null || !caller.canSeeUnit(bill.communityId(), bill.unitId())) {
            throw new NotFoundException("bill", billId);
        }
        return bill;
    }

    public Page<Bill> list(Caller caller, String accountId, String communityId, BillStatus status,
            Pageable pageable) {
        List<Criteria> filters = new ArrayList<>(List.of(CallerScope.units(caller, "communityId", "unitId")));
        if (accountId != null) {
            filters.add(where("accountId").is(accountId));
        }
        if (communityId != null) {
            filters.add(where("communityId").is(communityId));
        }
        if (status != null) {
            filters.add(where("status").is(status));
        }
        Criteria criteria = filters.size() == 1 ? filters.getFirst()
                : new Criteria().andOperator(filters.toArray(Criteria[]::new));
        return Pages.find(mongo, criteria, pageable, BillDocument.class).map(BillDocument::toDomain);
    }
}
