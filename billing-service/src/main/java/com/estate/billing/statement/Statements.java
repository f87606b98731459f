package com.estate.billing.statement;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.BillingProperties;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillStatus;
import com.estate.billing.bill.Bills;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.statement.domain.Expense;
import com.estate.billing.statement.domain.ExpenseCategory;
import com.estate.billing.statement.domain.Statement;
import com.estate.billing.statement.persistence.ExpenseDocument;
import com.estate.billing.statement.persistence.PublishedStatementDocument;
import com.estate.platform.money.Money;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Income and expenditure statements per community and month: computed from the ledger and the month's bills for
 * finance and the director, published as a snapshot for the community's residents.
 */
@Service
public class Statements {

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final Bills bills;
    private final ZoneId zone;
    private final Clock clock;

    Statements(MongoTemplate mongo, Ledger ledger, Bills bills, BillingProperties billing, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.bills = bills;
        this.zone = billing.timeZone();
        this.clock = clock;
    }

    /** What finance enters; the id, who and when are the service's. */
    public record ExpenseEntry(String communityId, YearMonth period, ExpenseCategory category, Money amount,
            String description, LocalDate spentOn) {
    }

    public Expense enter(Caller caller, ExpenseEntry entry) {
        caller.requireCommunity(entry.communityId(), "community", entry.communityId());
        Expense expense = new Expense(UUID.randomUUID().toString(), entry.communityId(), entry.period().toString(),
                entry.category(), entry.amount(), entry.description(), entry.spentOn(), caller.subject(),
                clock.instant());
        mongo.insert(ExpenseDocument.of(expense));
        return expense;
    }

    public List<Expense> expenses(Caller caller, String communityId, YearMonth period) {
        caller.requireCommunity(communityId, "community", communityId);
        return expensesOf(communityId, period);
    }

    private List<Expense> expensesOf(String communityId, YearMonth period) {
        return mongo.find(query(where("communityId").is(communityId).and("period").is(period.toString())),
                ExpenseDocument.class).stream().map(ExpenseDocument::expense)
                .sorted(Comparator.comparing(Expense::enteredAt).thenComparing(Expense::id)).toList();
    }

    /** The statement as it stands now (staff of the community). */
    public Statement current(Caller caller, String communityId, YearMonth period) {
        caller.requireCommunity(communityId, "community", communityId);
        return compute(communityId, period);
    }

    /** Publishes the statement as it stands now to the community's residents (again: replaces the last one). */
    public PublishedStatementDocument publish(Caller caller, String communityId, YearMonth period) {
        Statement statement = current(caller, communityId, period);
        // to the millisecond, as MongoDB keeps it: the answer says what residents will read
        return mongo.save(PublishedStatementDocument.of(statement, caller.subject(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    /**
     * The published statement: the community's residents and staff see it; anyone else, or before it is published,
     * 404.
     */
    public PublishedStatementDocument published(Caller caller, String communityId, YearMonth period) {
        PublishedStatementDocument document = mongo.findById(
                PublishedStatementDocument.idFor(communityId, period.toString()), PublishedStatementDocument.class);
        if (document == null || !caller.canSeeCommunity(communityId)) {
            throw new NotFoundException("statement", communityId + "/" + period);
        }
        return document;
    }

    private Statement compute(String communityId, YearMonth period) {
        Money[] received = {Money.zero()};
        Money[] paidBack = {Money.zero()};
        ledger.forEachInCommunity(communityId, entry -> {
            if (!YearMonth.from(entry.bookedAt().atZone(zone)).equals(period)) {
                return;
            }
            if (entry.kind() == LedgerEntryKind.PAYMENT) {
                received[0] = received[0].plus(entry.amount());
            } else if (entry.kind() == LedgerEntryKind.REFUND || reversesAPayment(entry)) {
                paidBack[0] = paidBack[0].plus(entry.amount());
            }
        });
        Money[] billed = {Money.zero()};
        Money[] collected = {Money.zero()};
        bills.forEachBillOfCommunity(communityId, bill -> {
            if (bill.status() != BillStatus.VOIDED && monthOf(bill).equals(period)) {
                billed[0] = billed[0].plus(bill.total());
                collected[0] = collected[0].plus(bill.applied());
            }
        });
        return new Statement(communityId, period.toString(), received[0], paidBack[0],
                Statement.byCategory(expensesOf(communityId, period)), billed[0], collected[0], clock.instant());
    }

    private static boolean reversesAPayment(LedgerEntry entry) {
        return entry.kind() == LedgerEntryKind.REVERSAL && entry.reverses().startsWith(LedgerEntryKind.PAYMENT + "/");
    }

    /** A periodic bill counts for the month it bills; a one-off bill for the month it was issued. */
    private YearMonth monthOf(Bill bill) {
        return bill.period() != null ? YearMonth.from(bill.period().from())
                : YearMonth.from(bill.issuedAt().atZone(zone));
    }
}
