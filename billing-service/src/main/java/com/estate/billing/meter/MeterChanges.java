package com.estate.billing.meter;

import com.estate.billing.BillingProperties;
import com.estate.billing.billrun.BillRuns;
import com.estate.billing.meter.persistence.BilledPeriodsDocument;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How staff change one unit's stored readings (a correction, a meter replacement): under the community's bill-run
 * lease, like an import, so no bill run reads the readings while they change, and with the client's
 * {@code If-Match} on the unit's readings document (infra/ARCHITECTURE.md §10).
 */
@Component
class MeterChanges {

    private final MongoTemplate mongo;
    private final MeterReadings meterReadings;
    private final BillRuns billRuns;
    private final ConditionalSave conditionalSave;
    private final BillingProperties properties;
    private final Clock clock;

    MeterChanges(MongoTemplate mongo, MeterReadings meterReadings, BillRuns billRuns, ConditionalSave conditionalSave,
            BillingProperties properties, Clock clock) {
        this.mongo = mongo;
        this.meterReadings = meterReadings;
        this.billRuns = billRuns;
        this.conditionalSave = conditionalSave;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs {@code work} while holding the community's bill-run lease; 409 {@code bill-run-in-progress} otherwise. */
    <T> T underLease(String communityId, Supplier<T> work) {
        SimpleLock lease = billRuns.lease(communityId).orElseThrow(() ->
                new ConflictException("bill-run-in-progress", "A bill run of community " + communityId
                        + " is in progress.", communityId));
        try {
            return work.get();
        } finally {
            lease.unlock();
        }
    }

    /** The unit's stored readings document, or {@code missing} thrown. */
    MeterReadingsDocument stored(String unitId, Supplier<? extends RuntimeException> missing) {
        MeterReadingsDocument document = mongo.findById(unitId, MeterReadingsDocument.class);
        if (document == null) {
            throw missing.get();
        }
        return document;
    }

    /** Applies the change if the document is still at the revision the client read (412 otherwise). */
    MeterReadingsDocument save(String unitId, Supplier<? extends RuntimeException> missing, IfMatch ifMatch,
            Consumer<MeterReadingsDocument> change) {
        return conditionalSave.apply(() -> stored(unitId, missing), ifMatch, change);
    }

    /** The latest day a bill run billed in the community: readings on or before it were billed. */
    LocalDate closedThrough(String communityId) {
        return BilledPeriodsDocument.closedThrough(meterReadings.billedPeriods(communityId));
    }

    /** Refuses a reading dated after today (in billing's zone). */
    void requireNotInFuture(LocalDate day) {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        if (day.isAfter(today)) {
            throw new BusinessRuleException("reading-in-future", "a reading of " + day + " is after today, " + today,
                    day, today);
        }
    }
}
