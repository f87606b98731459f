package com.estate.billing.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.ledger.persistence.LedgerEntryDocument;
import com.estate.platform.money.Money;
import com.estate.platform.persistence.Pages;
import com.mongodb.MongoBulkWriteException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The append-only ledger of fee accounts (infra/ARCHITECTURE.md §20): the one truth about what every account owes.
 * <ul>
 *   <li>{@link #post} books an entry under its deterministic id ({@link LedgerEntry#idFor kind + source}); posting the
 *       same source again changes nothing, so a caller that crashed or was redelivered simply posts again;</li>
 *   <li>a correction is {@link #reverse a reversing entry}; nothing is ever updated or deleted;</li>
 *   <li>{@link #balanceOf} is derived from the entries: the sum of their {@link LedgerEntry#balanceEffect() effects}.
 *       Positive: the payer owes that much; negative: prepaid credit.</li>
 * </ul>
 * On the MongoDB stand-in a query by account scans the collection (only unique indexes exist, infra/ARCHITECTURE.md §3); a balance is
 * read per request, and jobs over a whole community read the community's entries once ({@link #forEachInCommunity}).
 */
@Service
public class Ledger {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;

    Ledger(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Books an entry once.
     *
     * @return true if it was booked now, false if an entry with its id was booked before (a repost)
     * @throws IllegalStateException if the entry booked under that id differs in account or amount: two different
     *                               movements claim one source, which is a defect of the caller, never swallowed
     */
    public boolean post(LedgerEntry entry) {
        try {
            mongo.insert(LedgerEntryDocument.from(entry));
            return true;
        } catch (DuplicateKeyException e) {
            LedgerEntry booked = find(entry.id());
            if (booked == null || !booked.accountId().equals(entry.accountId())
                    || !booked.amount().equals(entry.amount())) {
                throw new IllegalStateException("ledger entry " + entry.id() + " is booked already with "
                        + (booked == null ? "another key" : booked.amount().toPlainString() + " on "
                        + booked.accountId()), e);
            }
            return false;
        }
    }

    /**
     * Books many entries in one unordered bulk write (a bill run's batch); entries booked before are left as they
     * are, so a batch written again after a crash books only what is missing.
     */
    public void postAll(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, LedgerEntryDocument.class)
                    .insert(entries.stream().map(LedgerEntryDocument::from).toList()).execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        } catch (DuplicateKeyException e) {
            if (e.getCause() instanceof MongoBulkWriteException bulk
                    && bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /**
     * Undoes an entry with a reversing entry booked now (at most once per entry: the reversal's id is derived from
     * the reversed entry's).
     *
     * @param reason the record that asks for it (an approved refund, a voided bill, a reversed payment)
     * @return true if reversed now, false if it had been reversed before
     * @throws IllegalArgumentException if there is no such entry, or it is itself a reversal
     */
    public boolean reverse(String entryId, LedgerSource reason, String description) {
        LedgerEntry entry = find(entryId);
        if (entry == null) {
            throw new IllegalArgumentException("no ledger entry " + entryId);
        }
        return post(entry.reversal(reason, description, clock.instant()));
    }

    /** The entry booked under this id, or null. */
    public LedgerEntry find(String entryId) {
        LedgerEntryDocument document = mongo.findById(entryId, LedgerEntryDocument.class);
        return document == null ? null : document.toDomain();
    }

    /** What the account's payer owes now, from its entries (negative: prepaid credit). */
    public Money balanceOf(String accountId) {
        return balancesOf(List.of(accountId)).getOrDefault(accountId, Money.zero());
    }

    /** The balances of several accounts in one read (accounts without entries are absent: zero). */
    public Map<String, Money> balancesOf(Collection<String> accountIds) {
        Map<String, BigDecimal> sums = new HashMap<>();
        Query query = query(where("accountId").in(accountIds));
        query.fields().include("accountId", "effect");
        mongo.stream(query, Document.class, LedgerEntryDocument.COLLECTION).forEach(entry -> sums.merge(
                entry.getString("accountId"), decimal(entry.get("effect")), BigDecimal::add));
        Map<String, Money> balances = new HashMap<>();
        sums.forEach((account, sum) -> balances.put(account, new Money(sum, Money.CNY)));
        return balances;
    }

    /** The account's entries, newest first (by booking time, then id, so pages neither overlap nor skip). */
    public Page<LedgerEntry> entriesOf(String accountId, Pageable pageable) {
        return Pages.find(mongo, where("accountId").is(accountId), pageable, LedgerEntryDocument.class)
                .map(LedgerEntryDocument::toDomain);
    }

    /** Streams every entry of a community once, in no particular order (for jobs over the whole community). */
    public void forEachInCommunity(String communityId, Consumer<LedgerEntry> action) {
        Objects.requireNonNull(action, "action");
        mongo.stream(query(where("communityId").is(communityId)), LedgerEntryDocument.class)
                .forEach(document -> action.accept(document.toDomain()));
    }

    /** What a pass over a community's entries sees of each: its id, account and signed effect. */
    public interface EffectVisitor {
        void visit(String entryId, String accountId, BigDecimal effect);
    }

    /**
     * Streams the id, account and effect of every entry of a community once (a projection: cheaper than
     * {@link #forEachInCommunity} for a job that only sums, such as a bill run finding prepaid credit).
     */
    public void forEachEffectInCommunity(String communityId, EffectVisitor visitor) {
        Query query = query(where("communityId").is(communityId));
        query.fields().include("_id", "accountId", "effect");
        query.cursorBatchSize(1000);
        mongo.stream(query, Document.class, LedgerEntryDocument.COLLECTION).forEach(entry -> visitor.visit(
                entry.getString("_id"), entry.getString("accountId"), decimal(entry.get("effect"))));
    }

    private static BigDecimal decimal(Object stored) {
        return stored instanceof org.bson.types.Decimal128 decimal ? decimal.bigDecimalValue()
                : new BigDecimal(String.valueOf(stored));
    }
}
