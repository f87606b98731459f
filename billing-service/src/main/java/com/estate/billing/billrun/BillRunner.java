package com.estate.billing.billrun;

import com.estate.billing.BillingProperties;
import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.bill.Allocation;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillIds;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.bill.Bills;
import com.estate.billing.charge.PendingCharge;
import com.estate.billing.charge.PendingCharges;
import com.estate.billing.fee.FeeItems;
import com.estate.billing.fee.FeeSchedule;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.meter.MeterReadings;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * One attempt of a bill run of a community and period (infra/ARCHITECTURE.md §20), safe to repeat: the community's
 * units are streamed through one cursor; bills are written {@code batch-size} at a time ({@link Bills#issueAll}:
 * one batch insert of bills, each with its bill.issued and notification, then one bulk insert of their charges), by
 * a writer thread while the next batch is read and priced ({@link BatchWriter}). Before the first unit it reads,
 * once each: the fee schedule, the ids of the period's bills that exist, the community's ledger (prepaid credit, and
 * which existing bills are booked), the pending one-off charges and the community's meter readings. What stays in
 * memory grows with the community (those ids and the accounts in credit), never with the run's output. The caller
 * holds the community's lease.
 */
@Component
public class BillRunner {

    private final UnitFactsStore unitFacts;
    private final FeeItems feeItems;
    private final Bills bills;
    private final Ledger ledger;
    private final PendingCharges pendingCharges;
    private final MeterReadings meterReadings;
    private final BillingProperties properties;
    private final Clock clock;

    BillRunner(UnitFactsStore unitFacts, FeeItems feeItems, Bills bills, Ledger ledger,
            PendingCharges pendingCharges, MeterReadings meterReadings, BillingProperties properties, Clock clock) {
        this.unitFacts = unitFacts;
        this.feeItems = feeItems;
        this.bills = bills;
        this.ledger = ledger;
        this.pendingCharges = pendingCharges;
        this.meterReadings = meterReadings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Bills every chargeable unit of the community for the period once; answers what this attempt did. */
    public BillRunReport run(String runId, String communityId, BillPeriod period) {
        Objects.requireNonNull(runId, "runId");
        FeeSchedule schedule = feeItems.schedule(communityId);
        Set<String> existing = bills.idsOfPeriod(communityId, period);
        Map<String, BigDecimal> balances = new HashMap<>();
        Set<String> booked = new HashSet<>();
        ledger.forEachEffectInCommunity(communityId, (entryId, accountId, effect) -> {
            balances.merge(accountId, effect, BigDecimal::add);
            if (entryId.startsWith(CHARGE_OF_BILL) && existing.contains(entryId.substring(CHARGE_OF_BILL.length()))) {
                booked.add(entryId.substring(CHARGE_OF_BILL.length()));
            }
        });
        balances.values().removeIf(balance -> balance.signum() >= 0); // only prepaid credit matters from here
        Map<String, List<PendingCharge>> charges = pendingCharges.pendingByUnit(communityId);
        MeterReadings.Positions meters = meterReadings.forBillRun(communityId, period); // §26: one pass

        BillRunReport.Tally tally = new BillRunReport.Tally();
        Instant now = clock.instant();
        try (BatchWriter writer = new BatchWriter(this::write, properties.billRun().batchSize())) {
            unitFacts.forEachInCommunity(communityId, unit -> {
                tally.unitsSeen++;
                String accountId = FeeAccount.idFor(unit.unitId());
                String billId = billIdOf(accountId, period, existing);
                List<PendingCharge> waiting = charges.getOrDefault(unit.unitId(), List.of());
                if (existing.contains(billId)) {
                    tally.alreadyBilled++;
                    completeExisting(billId, booked, waiting, tally);
                    return;
                }
                List<PendingCharge> taken = new ArrayList<>(waiting.stream().filter(c -> c.amount().amount().signum() > 0)
                        .filter(c -> pendingCharges.claim(c.chargeId(), billId, bills::exists)).toList());
                BillCalculator.Outcome outcome = BillCalculator.linesFor(unit, schedule, period, taken,
                        meters.of(unit.unitId()));
                if (outcome.skipped() == null && takeCredits(waiting, billId, outcome, taken)) {
                    outcome = BillCalculator.linesFor(unit, schedule, period, taken, meters.of(unit.unitId()));
                }
                if (outcome.meterReadingMissing()) {
                    tally.withoutMeterReading++;
                }
                if (outcome.skipped() != null) {
                    tally.skip(unit.unitId(), outcome.skipped());
                    return;
                }
                Bill bill = Bill.issue(billId, accountId, unit.unitId(), communityId, period, null, outcome.lines(),
                        period.from().plusDays(properties.dueDays()), now, runId);
                BigDecimal credit = balances.get(accountId);
                if (credit != null) {
                    Bill.Applied applied = bill.apply(Allocation.CREDIT_PREFIX + billId,
                            new Money(credit.negate(), Money.CNY), now);
                    bill = applied.bill();
                    tally.credit = tally.credit.plus(applied.amount());
                }
                writer.add(bill, taken);
                tally.billsIssued++;
                tally.total = tally.total.plus(bill.total());
                tally.chargesBilled += taken.size();
            });
            writer.finish();
        }
        return tally.report();
    }

    /** The bill's id: the earlier UUID if a run before sorted ids billed the period under it (§20). */
    private static String billIdOf(String accountId, BillPeriod period, Set<String> existing) {
        String billId = BillIds.periodic(accountId, period);
        if (existing.isEmpty() || existing.contains(billId)) { // a first run has no earlier bill to find
            return billId;
        }
        String legacyId = BillIds.legacyPeriodic(accountId, period);
        return existing.contains(legacyId) ? legacyId : billId;
    }

    /**
     * Adds to {@code taken} the credits waiting for the unit (negative one-off charges, e.g. a corrected meter
     * reading, infra/ARCHITECTURE.md §29) that the bill can carry: each only while the bill's total stays above zero,
     * since a bill's charge is booked as a positive ledger entry. A credit that does not fit stays pending for a later
     * bill, whole (a charge is never split). Answers whether any was taken.
     */
    private boolean takeCredits(List<PendingCharge> waiting, String billId, BillCalculator.Outcome outcome,
            List<PendingCharge> taken) {
        Money total = outcome.lines().stream().map(BillLine::amount).reduce(Money.zero(), Money::plus);
        boolean any = false;
        for (PendingCharge credit : waiting) {
            if (credit.amount().amount().signum() < 0 && total.plus(credit.amount()).amount().signum() > 0
                    && pendingCharges.claim(credit.chargeId(), billId, bills::exists)) {
                taken.add(credit);
                total = total.plus(credit.amount());
                any = true;
            }
        }
        return any;
    }

    /** The id prefix of a bill's ledger charge ({@link Bills#chargeOf}). */
    private static final String CHARGE_OF_BILL = LedgerEntryKind.CHARGE.name() + "/bill/";

    /** A bill an earlier attempt wrote: book its charge and mark its one-off charges if that attempt stopped first. */
    private void completeExisting(String billId, Set<String> booked, List<PendingCharge> waiting,
            BillRunReport.Tally tally) {
        if (!booked.contains(billId)) {
            Bill bill = bills.get(billId);
            if (ledger.post(Bills.chargeOf(bill))) {
                tally.ledgerRepairs++;
            }
            pendingCharges.billed(bill.lines().stream().map(BillLine::chargeId).filter(Objects::nonNull).toList());
        } else {
            List<String> claimed = waiting.stream().filter(c -> billId.equals(c.billId()))
                    .map(PendingCharge::chargeId).toList();
            pendingCharges.billed(claimed);
        }
    }

    /** Bills first (with their ledger charges), then the one-off charges they took: each step repeatable. */
    private void write(Batch batch) {
        bills.issueAll(batch.bills);
        pendingCharges.billed(batch.chargeIds);
    }

    private static final class Batch {
        final List<Bill> bills = new ArrayList<>();
        final List<String> chargeIds = new ArrayList<>();

        void add(Bill bill, List<PendingCharge> taken) {
            bills.add(bill);
            taken.forEach(c -> chargeIds.add(c.chargeId()));
        }

        int size() {
            return bills.size();
        }
    }

    /**
     * Gathers a run's bills into batches of {@code batchSize} and writes them one after another on a thread of its
     * own while the run reads and prices the next: a full batch is handed over only once the one before is written,
     * so at most two batches are held (memory stays flat) and a failed write stops the run at its next batch. Which
     * batch is written first does not matter to a run started again: every bill is found by its id
     * (infra/ARCHITECTURE.md §20).
     */
    private static final class BatchWriter implements AutoCloseable {

        private final Consumer<Batch> write;
        private final int batchSize;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(
                Thread.ofVirtual().name("bill-run-writer").factory());
        private Batch gathering = new Batch();
        private Future<?> writing;

        BatchWriter(Consumer<Batch> write, int batchSize) {
            this.write = write;
            this.batchSize = batchSize;
        }

        void add(Bill bill, List<PendingCharge> taken) {
            gathering.add(bill, taken);
            if (gathering.size() >= batchSize) {
                handOver();
            }
        }

        /** Hands over the last, partly filled batch; {@link #close} waits for it. */
        void finish() {
            if (gathering.size() > 0) {
                handOver();
            }
        }

        private void handOver() {
            Batch full = gathering;
            gathering = new Batch();
            awaitWritten();
            writing = thread.submit(() -> write.accept(full));
        }

        private void awaitWritten() {
            if (writing == null) {
                return;
            }
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bill run interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("a bill run's batch could not be written", e.getCause());
            } finally {
                writing = null;
            }
        }

        /** Waits for the last batch; a failure of it is the run's. */
        @Override
        public void close() {
            try {
                awaitWritten();
            } finally {
                thread.shutdown();
            }
        }
    }
}
