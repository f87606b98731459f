package com.estate.billing.bill;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.bill.persistence.BillDocument;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    /**
     * The account's bills that stand (every status but voided), for a rare staff command: accountId is not unique,
     * so this scans the bills once on the stand-in (infra/ARCHITECTURE.md §3).
     */
    public List<Bill> standingOfAccount(String accountId) {
        return mongo.find(query(where("accountId").is(accountId)), BillDocument.class).stream()
                .map(BillDocument::toDomain).filter(bill -> bill.status() != BillStatus.VOIDED).toList();
    }

    /**
     * Every open bill anywhere, sorted by account (then id), through one cursor fetching {@code batchSize} bills at a
     * time (infra/ARCHITECTURE.md §29). Close the stream.
     */
    public Stream<Bill> openInAccountOrder(int batchSize) {
        List<BillStatus> open = Arrays.stream(BillStatus.values()).filter(BillStatus::isOpen).toList();
        Query query = query(where("status").in(open)).with(Sort.by("accountId", "_id"));
        query.cursorBatchSize(batchSize);
        return mongo.stream(query, BillDocument.class).map(BillDocument::toDomain);
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
