package com.estate.billing.billrun;

import com.estate.platform.money.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one attempt of a bill run did. Counts are of this attempt: a re-run reports the bills it found as
 * {@code alreadyBilled}.
 *
 * @param skippedSamples the first {@link #MAX_SAMPLES} units skipped, with why
 * @param unitsWithoutMeterReading units with a metered fee but no reading newer than what was billed: no metered line
 *                                 this time (the next bill with a reading bills the whole difference)
 */
public record BillRunReport(long unitsSeen, long billsIssued, long alreadyBilled, Map<SkipReason, Long> skipped,
        List<Skipped> skippedSamples, Money totalIssued, Money creditApplied, long chargesBilled,
        long ledgerRepairs, long unitsWithoutMeterReading) {

    public static final int MAX_SAMPLES = 100;

    public record Skipped(String unitId, SkipReason reason) {
    }

    /** Counts as a run goes. */
    static final class Tally {
        long unitsSeen;
        long billsIssued;
        long alreadyBilled;
        long chargesBilled;
        long ledgerRepairs;
        long withoutMeterReading;
        final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        final List<Skipped> samples = new ArrayList<>();
        Money total = Money.zero();
        Money credit = Money.zero();

        void skip(String unitId, SkipReason reason) {
            skipped.merge(reason, 1L, Long::sum);
            if (samples.size() < MAX_SAMPLES) {
                samples.add(new Skipped(unitId, reason));
            }
        }

        BillRunReport report() {
            return new BillRunReport(unitsSeen, billsIssued, alreadyBilled, Map.copyOf(skipped), List.copyOf(samples),
                    total, credit, chargesBilled, ledgerRepairs, withoutMeterReading);
        }
    }
}
