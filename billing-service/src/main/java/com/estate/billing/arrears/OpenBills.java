package com.estate.billing.arrears;

import com.estate.billing.arrears.domain.OpenCharge;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillQueries;
import com.estate.billing.bill.Bills;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * The bills that wait for money, read as arrears: each with what is still open of it. A whole community is read in
 * one query (on the stand-in every query on a non-unique field scans the bills once, infra/ARCHITECTURE.md §3), never account by
 * account in a loop.
 */
@Component
public class OpenBills {

    private final Bills bills;
    private final BillQueries billQueries;

    OpenBills(Bills bills, BillQueries billQueries) {
        this.bills = bills;
        this.billQueries = billQueries;
    }

    /** Every account of the community that has an open bill, by account id. */
    public Map<String, AccountArrears> ofCommunity(String communityId) {
        return byAccount(read(communityId));
    }

    /**
     * Every account anywhere that has an open bill, in account id order, read through one cursor sorted by account
     * ({@code batchSize} bills a fetch) and handed on account by account: only the current account's bills are held,
     * however many accounts there are (the stage scanner's one read). Close the stream.
     */
    public Stream<AccountArrears> everywhereByAccount(int batchSize) {
        Stream<Bill> cursor = billQueries.openInAccountOrder(batchSize);
        Iterator<Bill> sorted = cursor.iterator();
        Iterator<AccountArrears> accounts = new Iterator<>() {
            private Bill next = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public AccountArrears next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<Bill> ofAccount = new ArrayList<>();
                String accountId = next.accountId();
                while (next != null && next.accountId().equals(accountId)) {
                    ofAccount.add(next);
                    next = sorted.hasNext() ? sorted.next() : null;
                }
                return arrearsOf(ofAccount);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(accounts, Spliterator.ORDERED), false)
                .onClose(cursor::close);
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
        grouped.forEach((accountId, ofAccount) -> arrears.put(accountId, arrearsOf(ofAccount)));
        return arrears;
    }

    /** One account's open bills (all of the same account) as its arrears. */
    private static AccountArrears arrearsOf(List<Bill> ofAccount) {
        Bill first = ofAccount.getFirst();
        return new AccountArrears(first.accountId(), first.unitId(), first.communityId(),
                ofAccount.stream().map(OpenBills::openCharge).toList());
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
