package com.estate.billing.meter;

import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.billing.meter.persistence.MeterReadingsDocument.Entry;
import com.estate.billing.unit.UnitFacts;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * A unit's meter replaced (a broken or reset meter): the old meter's final reading and the new one's start reading,
 * both of the day it was replaced, stored as one reading ({@code replacement}). The next bill then bills
 * old final − old last billed + new current − new start, because bills read the meter's readings as one continuous
 * register (infra/ARCHITECTURE.md §29). Recording the same replacement again changes nothing.
 */
@Service
public class MeterReplacements {

    private final UnitFactsStore unitFacts;
    private final MeterChanges changes;
    private final Clock clock;

    MeterReplacements(UnitFactsStore unitFacts, MeterChanges changes, Clock clock) {
        this.unitFacts = unitFacts;
        this.changes = changes;
        this.clock = clock;
    }

    public Revised<MeterReadingsDocument> replace(Caller caller, String unitId, MeterKind meter, LocalDate day,
            BigDecimal finalReading, BigDecimal startReading, String reason, IfMatch ifMatch) {
        UnitFacts unit = unitFacts.find(unitId).filter(u -> caller.canSeeCommunity(u.communityId()))
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        Supplier<RuntimeException> notRead = () -> new BusinessRuleException("meter-replacement-no-reading",
                "the unit's " + meter.code() + " meter has no reading to replace it after", meter.code());
        return changes.underLease(unit.communityId(), () -> {
            MeterReadingsDocument current = changes.stored(unitId, notRead);
            Entry same = current.on(meter, day).orElse(null);
            if (same != null && same.isReplacement() && same.value().compareTo(startReading) == 0
                    && same.replacedFinal().compareTo(finalReading) == 0) {
                return new Revised<>(current, current.getRevision());
            }
            changes.requireNotInFuture(day);
            LocalDate closedThrough = changes.closedThrough(unit.communityId());
            if (closedThrough != null && !day.isAfter(closedThrough)) {
                throw new BusinessRuleException("reading-period-billed", "bills up to " + closedThrough
                        + " are issued", closedThrough);
            }
            MeterReadingsDocument saved = changes.save(unitId, notRead, ifMatch, document -> {
                Entry last = document.latest(meter).orElseThrow(notRead);
                if (!day.isAfter(last.readOn())) {
                    throw new BusinessRuleException("meter-replacement-before-previous", "the meter's latest "
                            + "reading is of " + last.readOn(), last.readOn());
                }
                if (finalReading.compareTo(last.value()) < 0) {
                    throw new BusinessRuleException("meter-replacement-final-lower", "the old meter read "
                            + last.value().toPlainString() + " on " + last.readOn(), last.value().toPlainString(),
                            last.readOn());
                }
                document.add(meter, Entry.replacement(day, startReading, finalReading, caller.subject(), reason,
                        clock.instant()));
            });
            return new Revised<>(saved, saved.getRevision());
        });
    }
}
