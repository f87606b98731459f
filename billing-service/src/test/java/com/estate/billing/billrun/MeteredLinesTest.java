package com.estate.billing.billrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.bill.BillPeriod;
import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeKind;
import com.estate.billing.fee.FeeSchedule;
import com.estate.billing.meter.domain.MeterHistory;
import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.domain.Reading;
import com.estate.billing.meter.domain.UnitMeters;
import com.estate.billing.unit.UnitFacts;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A unit's metered lines on its bill: the readings, the rounding, no reading, a prepaid move-in. */
class MeteredLinesTest {

    static final BillPeriod DECEMBER = new BillPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
    static final FeeSchedule SCHEDULE = new FeeSchedule("c1", List.of(
            new FeeItem("w", "c1", "water", "水费", FeeKind.METERED, null, new BigDecimal("3.455"), "water",
                    LocalDate.parse("2026-01-01"), null, 1, Instant.EPOCH)));

    static UnitFacts unit(LocalDate prepaidThrough) {
        return new UnitFacts("u1", "c1", new BigDecimal("80"), "RESIDENTIAL", "OCCUPIED", null,
                LocalDate.parse("2026-11-20"), List.of(), Map.of(), prepaidThrough);
    }

    static UnitMeters water(String... dayAndValue) {
        List<Reading> readings = new java.util.ArrayList<>();
        for (int i = 0; i < dayAndValue.length; i += 2) {
            readings.add(new Reading(LocalDate.parse(dayAndValue[i]), new BigDecimal(dayAndValue[i + 1])));
        }
        return new UnitMeters(Map.of(MeterKind.WATER, new MeterHistory(readings)), LocalDate.parse("2026-11-30"));
    }

    @Test
    void aMeteredLineBillsTheDifferenceSinceTheLastBilledReadingRoundedOnce() {
        var outcome = BillCalculator.linesFor(unit(null), SCHEDULE, DECEMBER, List.of(),
                water("2026-11-20", "5", "2026-11-30", "7.5", "2026-12-31", "10.5"));
        assertThat(outcome.meterReadingMissing()).isFalse();
        assertThat(outcome.lines()).singleElement().satisfies(line -> {
            // 3 m³ × 3.455 = 10.365 → 10.37 (half-up)
            assertThat(line.amount()).isEqualTo(Money.yuan("10.37"));
            assertThat(line.metered().fromReading()).isEqualByComparingTo("7.5");
            assertThat(line.metered().toReading()).isEqualByComparingTo("10.5");
            assertThat(line.metered().quantity()).isEqualByComparingTo("3");
            assertThat(line.description()).contains("7.5 → 10.5");
        });
    }

    @Test
    void noNewReadingIsNoLineAndIsReported() {
        var outcome = BillCalculator.linesFor(unit(null), SCHEDULE, DECEMBER, List.of(),
                water("2026-11-20", "5", "2026-11-30", "7.5"));
        assertThat(outcome.meterReadingMissing()).isTrue();
        assertThat(outcome.skipped()).isEqualTo(SkipReason.NOTHING_TO_BILL);
    }

    @Test
    void aMoveInBillThatPrepaidTheMonthlyFeesLeavesTheMeteredOnesToTheRun() {
        var outcome = BillCalculator.linesFor(unit(LocalDate.parse("2027-02-28")), SCHEDULE, DECEMBER, List.of(),
                water("2026-11-20", "5", "2026-12-31", "6"));
        assertThat(outcome.lines()).singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualTo(Money.yuan("3.46")));
    }
}
