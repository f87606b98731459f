package com.estate.billing.bill;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.bill.messaging.BillIssuedV1;
import com.estate.billing.bill.messaging.BillPaidV1;
import com.estate.billing.bill.messaging.BillVoidedV1;
import com.estate.billing.bill.persistence.BillDocument;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.ledger.LedgerSource;
import com.estate.platform.money.Money;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.OutboxBatchInserts;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.NotFoundException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Bills: issuing them (with their ledger charge and their {@code bill.issued}), and applying money to them. The
 * public API the payment, dunning and statement pieces build on; names and meanings stay stable.
 * <p>
 * Division of work with the ledger: a bill's total is booked once, as the entry {@code CHARGE/bill/<billId>}, when
 * the bill is issued. Money is booked by whoever receives it (a payment's {@code PAYMENT/payment/<paymentId>},
 * once for the whole payment), and then spread over bills with {@link #applyPayment}, which changes bills only,
 * never the ledger. So the ledger balance is always "charges less money", and the open amounts of the bills say
 * which bills the money has settled; money not applied to any bill is the account's prepaid credit.
 */
@Service
public class Bills {

    /** The notification asked for when a bill is issued. */
    public static final String BILL_ISSUED_TEMPLATE = "billing.bill-issued";

    private static final int ATTEMPTS = 8;
    private static final List<BillStatus> OPEN = List.of(BillStatus.ISSUED, BillStatus.PARTLY_PAID);

    private final MongoTemplate mongo;
    private final OutboxBatchInserts batchInserts;
    private final Ledger ledger;
    private final OutboxEvents outboxEvents;
    private final Notifications notifications;
    private final Clock clock;

    Bills(MongoTemplate mongo, OutboxBatchInserts batchInserts, Ledger ledger, OutboxEvents outboxEvents,
            Notifications notifications, Clock clock) {
        this.mongo = mongo;
        this.batchInserts = batchInserts;
        this.ledger = ledger;
        this.outboxEvents = outboxEvents;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Issues one bill: stores it with its {@code bill.issued} and a notification to the household, then books its
     * charge. Idempotent by the bill's id: issuing a bill whose id exists answers the stored one and only completes
     * its charge (if the process stopped between the two writes).
     *
     * @return the bill as stored
     */
    public Bill issue(Bill bill) {
        Bill stored;
        try {
            mongo.insert(issuedDocument(bill));
            stored = bill;
        } catch (DuplicateKeyException e) {
            stored = get(bill.id());
        }
        ledger.post(chargeOf(stored));
        return stored;
    }

    /**
     * Issues many new bills at once (a bill run's batch): the bills in one batch insert through
     * {@link OutboxBatchInserts} (each with its events, as {@link #issue}), then their charges in one bulk insert.
     * Repeatable: a bill that exists already is left as it is, and its charge is booked once all the same.
     */
    public void issueAll(List<Bill> issued) {
        if (issued.isEmpty()) {
            return;
        }
        List<BillDocument> documents = issued.stream().map(this::issuedDocument).toList();
        try {
            batchInserts.insertAll(documents, BillDocument.class);
        } catch (DuplicateKeyException e) {
            // some of them were written meanwhile: settle the batch bill by bill
            for (BillDocument document : documents) {
                try {
                    mongo.insert(document);
                } catch (DuplicateKeyException writtenAlready) {
                    // the bill exists under its id; its charge below is booked once all the same
                }
            }
        }
        ledger.postAll(issued.stream().map(Bills::chargeOf).toList());
    }

    /** The ids of a community's bills for exactly this period (one read, for a bill run's start). */
    public Set<String> idsOfPeriod(String communityId, BillPeriod period) {
        Query query = query(where("communityId").is(communityId).and("periodFrom").is(period.from())
                .and("periodTo").is(period.to()));
        query.fields().include("_id");
        Set<String> ids = new HashSet<>();
        mongo.stream(query, Document.class, BillDocument.COLLECTION).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    public boolean exists(String billId) {
        return mongo.exists(query(where("_id").is(billId)), BillDocument.class);
    }

    /**
     * A new bill's document carrying its {@code bill.issued} and the household's notification (and its
     * {@code bill.paid} when credit already paid it in full).
     */
    private BillDocument issuedDocument(Bill bill) {
        BillDocument document = BillDocument.from(bill);
        document.publish(outboxEvents.create(BillIssuedV1.TYPE, bill.accountId(), bill.communityId(),
                BillIssuedV1.of(bill)));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("billId", bill.id());
        params.put("accountId", bill.accountId());
        params.put("total", bill.total().toPlainString());
        params.put("dueDate", bill.dueDate().toString());
        if (bill.period() != null) {
            params.put("periodFrom", bill.period().from().toString());
            params.put("periodTo", bill.period().to().toString());
        }
        notifications.request(document, new NotificationRecipient.Household(bill.communityId(), bill.unitId()),
                BILL_ISSUED_TEMPLATE, params, Urgency.NORMAL);
        if (bill.status() == BillStatus.PAID) {
            document.publish(outboxEvents.create(BillPaidV1.TYPE, bill.accountId(), bill.communityId(),
                    BillPaidV1.of(bill)));
        }
        return document;
    }

    /** The ledger entry that books a bill's total: {@code CHARGE/bill/<billId>}. */
    public static LedgerEntry chargeOf(Bill bill) {
        String what = bill.period() != null ? "bill " + bill.period().from() + ".." + bill.period().to()
                : "bill " + bill.requestedBy().kind() + " " + bill.requestedBy().id();
        return LedgerEntry.of(bill.accountId(), bill.unitId(), bill.communityId(), LedgerEntryKind.CHARGE,
                bill.total(), new LedgerSource("bill", bill.id()), what, bill.issuedAt());
    }

    public Optional<Bill> find(String billId) {
        BillDocument document = mongo.findById(billId, BillDocument.class);
        return Optional.ofNullable(document).map(BillDocument::toDomain);
    }

    /** @throws NotFoundException (404 {@code not-found}) if there is no such bill */
    public Bill get(String billId) {
        return find(billId).orElseThrow(() -> new NotFoundException("bill", billId));
    }

    /**
     * The account's bills that wait for money (issued or partly paid), the oldest due date first (then the oldest
     * issued, then by id): the order in which a payment without chosen bills settles them.
     */
    public List<Bill> openBillsOldestDueFirst(String accountId) {
        var query = query(where("accountId").is(accountId).and("status").in(OPEN))
                .with(Sort.by("dueDate", "issuedAt", "_id"));
        return mongo.find(query, BillDocument.class).stream().map(BillDocument::toDomain).toList();
    }

    /**
     * Applies up to {@code amount} of a payment to a bill, once per {@code paymentId}: calling it again with the same
     * payment id (a retry, a redelivered event) answers what was applied the first time and changes nothing. Applies
     * at most the bill's open amount; the rest is the caller's to apply to the next bill or leave as credit. When the
     * bill becomes paid in full for the first time, {@code com.estate.billing.bill.paid.v1} is published (with the
     * bill's {@code requestedBy}), in the same write. The ledger is not touched (see the class comment).
     *
     * @return the bill after it and the amount applied (zero if nothing was open)
     * @throws NotFoundException   if there is no such bill
     * @throws BillVoidedException (409 {@code bill-voided}) if the bill was voided
     */
    public Bill.Applied applyPayment(String billId, String paymentId, Money amount) {
        Bill.Applied[] result = new Bill.Applied[1];
        change(billId, (document, bill) -> {
            Bill.Applied applied = bill.apply(paymentId, amount, clock.instant());
            result[0] = applied;
            if (applied.nowPaid()) {
                document.publish(outboxEvents.create(BillPaidV1.TYPE, bill.accountId(), bill.communityId(),
                        BillPaidV1.of(applied.bill())));
            }
            return applied.bill();
        });
        return result[0];
    }

    /**
     * Takes back what a payment applied to a bill (the payment was reversed or refunded): the bill is open again for
     * that amount. Once per payment id; a bill that was paid stays "paid once" for its {@code bill.paid}, which is
     * not published again if it is paid again.
     *
     * @throws NotFoundException        if there is no such bill
     * @throws IllegalArgumentException if the payment was never applied to the bill
     */
    public Bill reversePayment(String billId, String paymentId) {
        return change(billId, (document, bill) -> bill.reverse(paymentId, clock.instant()));
    }

    /**
     * Voids an unpaid bill and reverses its charge on the ledger ({@code REVERSAL/CHARGE/bill/<billId>}). Once: the
     * first void publishes {@code com.estate.billing.bill.voided.v1} in the same write as the bill's new status, so
     * whoever derives balances from the events takes the total off again (a second call changes nothing; after a
     * stop between the two writes it completes the reversal).
     *
     * @throws IllegalStateException if money is applied to it
     */
    public Bill voidBill(String billId, String reason) {
        Bill voided = change(billId, (document, bill) -> {
            Bill after = bill.voided(reason, clock.instant());
            if (bill.status() != BillStatus.VOIDED) {
                document.publish(outboxEvents.create(BillVoidedV1.TYPE, after.accountId(), after.communityId(),
                        BillVoidedV1.of(after)));
            }
            return after;
        });
        ledger.reverse(chargeOf(voided).id(), new LedgerSource("bill-void", billId), "void: " + reason);
        return voided;
    }

    /**
     * Streams every bill that waits for money (issued or partly paid) of one community, or of all when
     * {@code communityId} is null, in one query: for arrears and dunning, which read a whole community at once rather
     * than account by account (on the stand-in each query on a non-unique field scans the bills, infra/ARCHITECTURE.md §3).
     */
    public void forEachOpenBill(String communityId, java.util.function.Consumer<Bill> action) {
        var criteria = communityId == null ? where("status").in(OPEN)
                : where("communityId").is(communityId).and("status").in(OPEN);
        stream(criteria, action);
    }

    /** Streams every bill of a community, whatever its status, in one query (statements, collection rates). */
    public void forEachBillOfCommunity(String communityId, java.util.function.Consumer<Bill> action) {
        stream(where("communityId").is(communityId), action);
    }

    private void stream(org.springframework.data.mongodb.core.query.Criteria criteria,
            java.util.function.Consumer<Bill> action) {
        try (var bills = mongo.stream(query(criteria), BillDocument.class)) {
            bills.map(BillDocument::toDomain).forEach(action);
        }
    }

    private interface Change {
        Bill apply(BillDocument document, Bill bill);
    }

    private Bill change(String billId, Change change) {
        for (int attempt = 1; ; attempt++) {
            BillDocument document = mongo.findById(billId, BillDocument.class);
            if (document == null) {
                throw new NotFoundException("bill", billId);
            }
            Bill before = document.toDomain();
            int queued = document.getOutbox().size();
            Bill after = change.apply(document, before);
            if (after.equals(before) && document.getOutbox().size() == queued) {
                return before;
            }
            document.update(after);
            try {
                mongo.save(document);
                return after;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
