package com.estate.billing.arrears;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.arrears.domain.OpenCharge;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillStatus;
import com.estate.billing.bill.persistence.BillDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The bills that wait for money, read as arrears: each with what is still open of it. A whole community is read in
 * one query (on the stand-in every query on a non-unique field scans the bills once, STACK.md), never account by
 * account in a loop.
 */
@Component
public class OpenBills {

    private static final List<BillStatus> OPEN = List.of(BillStatus.ISSUED, BillStatus.PARTLY_PAID);

    private final MongoTemplate mongo;

    OpenBills(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every account of the community that has an open bill, by account id. */
    public Map<String, AccountArrears> ofCommunity(String communityId) {
        return collect(where("communityId").is(communityId).and("status").in(OPEN));
    }

    /** Every account anywhere that has an open bill, by account id (the stage scanner's one read). */
    public Map<String, AccountArrears> everywhere() {
        return collect(where("status").in(OPEN));
    }

    /** The account's open bills; empty arrears when it has none. */
    public Optional<AccountArrears> ofAccount(String accountId) {
        return Optional.ofNullable(collect(where("accountId").is(accountId).and("status").in(OPEN)).get(accountId));
    }

    private Map<String, AccountArrears> collect(Criteria criteria) {
        Map<String, List<Bill>> byAccount = new LinkedHashMap<>();
        forEach(criteria, bill -> byAccount.computeIfAbsent(bill.accountId(), id -> new ArrayList<>()).add(bill));
        Map<String, AccountArrears> arrears = new LinkedHashMap<>();
        byAccount.forEach((accountId, bills) -> arrears.put(accountId, new AccountArrears(accountId,
                bills.getFirst().unitId(), bills.getFirst().communityId(),
                bills.stream().map(OpenBills::openCharge).toList())));
        return arrears;
    }

    private void forEach(Criteria criteria, Consumer<Bill> action) {
        try (var bills = mongo.stream(query(criteria), BillDocument.class)) {
            bills.map(BillDocument::toDomain).forEach(action);
        }
    }

    static OpenCharge openCharge(Bill bill) {
        return new OpenCharge(bill.id(), periodOf(bill), bill.dueDate(), bill.openAmount());
    }

    /** {@code 2026-11} for a calendar month, {@code 2026-10-01..2026-12-31} for another period, else the request. */
    static String periodOf(Bill bill) {
        if (bill.period() == null) {
            return bill.requestedBy() == null ? bill.id() : bill.requestedBy().kind();
        }
        YearMonth month = YearMonth.from(bill.period().from());
        if (bill.period().from().equals(month.atDay(1)) && bill.period().to().equals(month.atEndOfMonth())) {
            return month.toString();
        }
        return bill.period().from() + ".." + bill.period().to();
    }
}
