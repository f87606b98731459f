package com.estate.billing.arrears;

import com.estate.billing.arrears.domain.OpenCharge;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.Bills;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The bills that wait for money, read as arrears: each with what is still open of it. A whole community is read in
 * one query (on the stand-in every query on a non-unique field scans the bills once, infra/ARCHITECTURE.md §3), never account by
 * account in a loop.
 */
@Component
public class OpenBills {

    private final Bills bills;

    OpenBills(Bills bills) {
        this.bills = bills;
    }

    /** Every account of the community that has an open bill, by account id. */
    public Map<String, AccountArrears> ofCommunity(String communityId) {
        return byAccount(read(communityId));
    }

    /** Every account anywhere that has an open bill, by account id (the stage scanner's one read). */
    public Map<String, AccountArrears> everywhere() {
        return byAccount(read(null));
    }

    /** The account's open bills, if it has any. */
    public Optional<AccountArrears> ofAccount(String accountId) {
        return Optional.ofNullable(byAccount(bills.openBillsOldestDueFirst(accountId)).get(accountId));
    }

    private List<Bill> read(String communityId) {
        List<Bill> open = new ArrayList<>();
        bills.forEachOpenBill(communityId, open::add);
        return open;
    }

    private static Map<String, AccountArrears> byAccount(List<Bill> open) {
        Map<String, List<Bill>> grouped = new LinkedHashMap<>();
        open.forEach(bill -> grouped.computeIfAbsent(bill.accountId(), id -> new ArrayList<>()).add(bill));
        Map<String, AccountArrears> arrears = new LinkedHashMap<>();
        grouped.forEach((accountId, ofAccount) -> arrears.put(accountId, new AccountArrears(accountId,
                ofAccount.getFirst().unitId(), ofAccount.getFirst().communityId(),
                ofAccount.stream().map(OpenBills::openCharge).toList())));
        return arrears;
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
