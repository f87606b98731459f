package com.estate.billing.meter;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillQueries;
import com.estate.billing.meter.domain.ReadingAdjustment;
import com.estate.billing.meter.domain.ReadingId;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.billing.meter.persistence.MeterReadingsDocument.Correction;
import com.estate.billing.meter.persistence.MeterReadingsDocument.Entry;
import com.estate.billing.unit.UnitFacts;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Corrections of stored readings (a misread meter), infra/BUSINESS-RULES.md §16 and infra/ARCHITECTURE.md §29. A
 * reading no bill has used yet just takes the new value; a reading a bill used keeps its bills as issued and gets an
 * adjustment charge for the unit's next bill instead ({@link ReadingAdjustment}). Either way the earlier value stays
 * in the reading's corrections. The same value again changes nothing, so a repeated request is harmless.
 */
@Service
public class ReadingCorrections {

    private final BillQueries billQueries;
    private final UnitFactsStore unitFacts;
    private final MeterChanges changes;
    private final AdjustmentCharges adjustmentCharges;
    private final Clock clock;

    ReadingCorrections(BillQueries billQueries, UnitFactsStore unitFacts, MeterChanges changes,
            AdjustmentCharges adjustmentCharges, Clock clock) {
        this.billQueries = billQueries;
        this.unitFacts = unitFacts;
        this.changes = changes;
        this.adjustmentCharges = adjustmentCharges;
        this.clock = clock;
    }

    public Revised<MeterReadingsDocument> correct(Caller caller, String readingId, IfMatch ifMatch, BigDecimal value,
            String reason) {
        Supplier<ReadingNotFoundException> missing = () -> new ReadingNotFoundException(readingId);
        ReadingId id = ReadingId.parse(readingId).orElseThrow(missing);
        UnitFacts unit = unitFacts.find(id.unitId()).filter(u -> caller.canSeeCommunity(u.communityId()))
                .orElseThrow(missing);
        return changes.underLease(unit.communityId(), () -> {
            MeterReadingsDocument current = changes.stored(id.unitId(), missing);
            Entry stored = current.on(id.meter(), id.readOn()).orElseThrow(missing);
            if (stored.value().compareTo(value) == 0) {
                adjustmentCharges.record(current); // completes one a crash left between the two writes
                return new Revised<>(current, current.getRevision());
            }
            LocalDate closedThrough = changes.closedThrough(unit.communityId());
            boolean billed = closedThrough != null && !id.readOn().isAfter(closedThrough);
            List<BillLine> billedLines = billed ? billedLines(id.unitId()) : List.of();
            Instant now = clock.instant();
            MeterReadingsDocument saved = changes.save(id.unitId(), missing, ifMatch, document -> {
                Entry entry = document.on(id.meter(), id.readOn()).orElseThrow(missing);
                requireWithinNeighbours(document.entries(id.meter()), entry, value);
                int number = entry.corrections().size() + 1;
                ReadingAdjustment adjustment = ReadingAdjustment.of(id.meter(), id.readOn(),
                        value.subtract(entry.value()), billedLines);
                Correction correction = adjustment.isNone()
                        ? new Correction(number, entry.value(), value, reason, caller.subject(), now, null, null,
                                null)
                        : new Correction(number, entry.value(), value, reason, caller.subject(), now,
                                readingId + "#correction-" + number, adjustment.item(),
                                adjustment.amount().amount());
                document.replace(id.meter(), entry.corrected(correction));
            });
            adjustmentCharges.record(saved);
            return new Revised<>(saved, saved.getRevision());
        });
    }

    /** Readings only go forward: a corrected value stays between the meter's neighbouring readings. */
    private static void requireWithinNeighbours(List<Entry> entries, Entry entry, BigDecimal value) {
        if (entry.isReplacement()) {
            throw new BusinessRuleException("reading-correction-of-replacement", "a replacement's readings are "
                    + "recorded again by another replacement, not corrected", entry.readOn());
        }
        int index = entries.indexOf(entry);
        if (index > 0 && value.compareTo(entries.get(index - 1).value()) < 0) {
            Entry previous = entries.get(index - 1);
            throw new BusinessRuleException("reading-correction-lower-than-previous", "lower than the reading of "
                    + previous.readOn(), previous.value().toPlainString(), previous.readOn());
        }
        if (index + 1 < entries.size()) {
            Entry next = entries.get(index + 1);
            BigDecimal bound = next.isReplacement() ? next.replacedFinal() : next.value();
            if (value.compareTo(bound) > 0) {
                throw new BusinessRuleException("reading-correction-higher-than-next", "higher than the reading of "
                        + next.readOn(), bound.toPlainString(), next.readOn());
            }
        }
    }

    /** The lines of the unit's bills that stand (not voided): what a billed correction adjusts. */
    private List<BillLine> billedLines(String unitId) {
        return billQueries.standingOfAccount(FeeAccount.idFor(unitId)).stream().map(Bill::lines)
                .flatMap(List::stream).toList();
    }
}
