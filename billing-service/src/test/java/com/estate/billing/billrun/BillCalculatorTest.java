package com.estate.billing.billrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.charge.PendingCharge;
import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeKind;
import com.estate.billing.fee.FeeSchedule;
import com.estate.billing.fee.ProRating;
import com.estate.billing.unit.UnitFacts;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pricing one unit's bill: pro-rating by days, custody at 70%, one rounding per line, pending charges. */
class BillCalculatorTest {

    static final LocalDate DEC_1 = LocalDate.parse("2026-12-01");
    static final BillPeriod DECEMBER = new BillPeriod(DEC_1, LocalDate.parse("2026-12-31"));

    static FeeItem item(String code, FeeKind kind, String use, String price, String from) {
        return new FeeItem(code + "-" + use + "-" + from, "c1", code, code.equals("parking") ? "车位费" : "物业管理费",
                kind, use, new BigDecimal(price), null, LocalDate.parse(from), null, 1, Instant.EPOCH);
    }

    static final FeeSchedule SCHEDULE = new FeeSchedule("c1", List.of(
            item("property-management-fee", FeeKind.PER_AREA, "RESIDENTIAL", "2.50", "2026-01-01"),
            item("property-management-fee", FeeKind.PER_AREA, "COMMERCIAL", "4.00", "2026-01-01"),
            item("parking", FeeKind.FIXED_MONTHLY, "PARKING", "150.00", "2026-01-01"),
            item("waste", FeeKind.ONE_OFF, null, "300.00", "2026-01-01")));

    static UnitFacts unit(String area, String use, LocalDate movedIn, List<UnitFacts.Custody> custodies,
            LocalDate prepaidThrough) {
        return new UnitFacts("u1", "c1", area == null ? null : new BigDecimal(area), use, "OCCUPIED", null, movedIn,
                custodies, Map.of(), prepaidThrough);
    }

    static List<BillLine> lines(UnitFacts unit) {
        BillCalculator.Outcome outcome = BillCalculator.linesFor(unit, SCHEDULE, DECEMBER, List.of());
        assertThat(outcome.skipped()).isNull();
        return outcome.lines();
    }

    @Test
    void aWholeMonthIsAreaTimesPrice() {
        List<BillLine> lines = lines(unit("89.50", "RESIDENTIAL", LocalDate.parse("2025-06-01"), List.of(), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo("property-management-fee");
            assertThat(line.amount()).isEqualTo(Money.yuan("223.75"));
            assertThat(line.description()).contains("89.50 m²", "2.50", "31 天");
        });
    }

    @Test
    void aPartialMonthIsProRatedByDaysFromTheMoveInDateAndRoundedOnceHalfUp() {
        // moved in on the 15th: 17 of 31 days; 89.50 × 2.50 × 17 / 31 = 122.7016... → 122.70
        assertThat(lines(unit("89.50", "RESIDENTIAL", LocalDate.parse("2026-12-15"), List.of(), null)))
                .singleElement().extracting(BillLine::amount).isEqualTo(Money.yuan("122.70"));
        // 100 m² × 2.50 × 1/31 = 8.0645... → 8.06; on the last day
        assertThat(lines(unit("100.00", "RESIDENTIAL", LocalDate.parse("2026-12-31"), List.of(), null)))
                .singleElement().extracting(BillLine::amount).isEqualTo(Money.yuan("8.06"));
    }

    @Test
    void custodyDaysAreBilledAtSeventyPercentOfThePropertyFee() {
        // in custody from the 11th to (not including) the 21st: 10 days at 70%, 21 days in full
        var custody = new UnitFacts.Custody("k1", LocalDate.parse("2026-12-11"), LocalDate.parse("2026-12-21"));
        List<BillLine> lines = lines(unit("100.00", "RESIDENTIAL", LocalDate.parse("2025-01-01"), List.of(custody),
                null));
        assertThat(lines).extracting(BillLine::amount)
                // 250 × 21/31 = 169.354... → 169.35; 250 × 0.7 × 10/31 = 56.451... → 56.45
                .containsExactly(Money.yuan("169.35"), Money.yuan("56.45"));
        assertThat(lines.get(1).description()).contains("托管期 70%", "10 天");
        assertThat(ProRating.CUSTODY_RATE).isEqualByComparingTo("0.7");
    }

    @Test
    void aWholeMonthInCustodyWithoutAMoveInIsBilledFromTheCustodysFirstDay() {
        var custody = new UnitFacts.Custody("k1", LocalDate.parse("2026-11-20"), null);
        assertThat(lines(unit("100.00", "RESIDENTIAL", null, List.of(custody), null)))
                .singleElement().extracting(BillLine::amount).isEqualTo(Money.yuan("175.00"));
    }

    @Test
    void fixedMonthlyItemsGoByUseAndAreProRatedButNotReducedForCustody() {
        var custody = new UnitFacts.Custody("k1", LocalDate.parse("2026-12-01"), null);
        List<BillLine> lines = lines(unit("12.00", "PARKING", LocalDate.parse("2026-12-16"), List.of(custody), null));
        // no property fee for parking units in this schedule; 150 × 16/31 = 77.419... → 77.42
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo("parking");
            assertThat(line.amount()).isEqualTo(Money.yuan("77.42"));
        });
    }

    @Test
    void quarterlyPrepaymentSumsTheMonthsExactlyThenRounds() {
        BillPeriod quarter = new BillPeriod(DEC_1, LocalDate.parse("2027-02-28"));
        var outcome = BillCalculator.linesFor(unit("33.33", "RESIDENTIAL", LocalDate.parse("2026-12-10"), List.of(),
                null), SCHEDULE, quarter, List.of());
        // 33.33 × 2.50 = 83.325 a month: × 22/31 + 83.325 + 83.325 = 225.7843... → 225.78
        assertThat(outcome.lines()).singleElement().extracting(BillLine::amount).isEqualTo(Money.yuan("225.78"));
    }

    @Test
    void pendingOneOffChargesAreLinesOfTheirOwn() {
        var charge = new PendingCharge("ch-1", "fa-u1", "u1", "c1", "PAID_REPAIR", Money.yuan("80.00"), "更换水龙头",
                "work-order", "wo-1", List.of(), Instant.EPOCH, null);
        var outcome = BillCalculator.linesFor(unit("89.50", "RESIDENTIAL", LocalDate.parse("2025-06-01"), List.of(),
                null), SCHEDULE, DECEMBER, List.of(charge));
        assertThat(outcome.lines()).extracting(BillLine::item, BillLine::amount, BillLine::chargeId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("property-management-fee", Money.yuan("223.75"), null),
                org.assertj.core.groups.Tuple.tuple("PAID_REPAIR", Money.yuan("80.00"), "ch-1"));
    }

    @Test
    void unitsNotMovedInUnsoldPrepaidOrUnpricedAreSkippedWithTheReason() {
        assertThat(BillCalculator.linesFor(unit("80.00", "RESIDENTIAL", null, List.of(), null), SCHEDULE, DECEMBER,
                List.of()).skipped()).isEqualTo(SkipReason.NOT_MOVED_IN);
        assertThat(BillCalculator.linesFor(unit("80.00", "RESIDENTIAL", LocalDate.parse("2027-01-02"), List.of(),
                null), SCHEDULE, DECEMBER, List.of()).skipped()).isEqualTo(SkipReason.NOT_MOVED_IN);
        assertThat(BillCalculator.linesFor(new UnitFacts("u1", "c1", new BigDecimal("80.00"), null, "UNSOLD", null,
                null, List.of(), Map.of(), null), SCHEDULE, DECEMBER, List.of()).skipped())
                .isEqualTo(SkipReason.UNSOLD);
        assertThat(BillCalculator.linesFor(unit("80.00", "RESIDENTIAL", LocalDate.parse("2026-11-20"), List.of(),
                LocalDate.parse("2026-12-31")), SCHEDULE, DECEMBER, List.of()).skipped())
                .isEqualTo(SkipReason.PREPAID);
        assertThat(BillCalculator.linesFor(unit(null, "RESIDENTIAL", LocalDate.parse("2026-11-20"), List.of(), null),
                SCHEDULE, DECEMBER, List.of()).skipped()).isEqualTo(SkipReason.NO_AREA);
        assertThat(BillCalculator.linesFor(unit("80.00", "STORAGE", LocalDate.parse("2026-11-20"), List.of(), null),
                SCHEDULE, DECEMBER, List.of()).skipped()).isEqualTo(SkipReason.NOTHING_TO_BILL);
    }

    @Test
    void theBillRunsAfterAMoveInBillStartTheDayAfterWhatItPrepaid() {
        // moved in 2026-11-20, the move-in bill prepaid December: January is billed in full, December not at all
        UnitFacts unit = unit("100.00", "RESIDENTIAL", LocalDate.parse("2026-11-20"), List.of(),
                LocalDate.parse("2026-12-31"));
        var january = BillCalculator.linesFor(unit, SCHEDULE,
                new BillPeriod(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31")), List.of());
        assertThat(january.lines()).singleElement().extracting(BillLine::amount).isEqualTo(Money.yuan("250.00"));
    }

    @Test
    void aPriceChangeAppliesFromTheMonthItTakesEffect() {
        FeeSchedule changed = new FeeSchedule("c1", List.of(
                item("property-management-fee", FeeKind.PER_AREA, "RESIDENTIAL", "2.50", "2026-01-01")
                        .endingOn(LocalDate.parse("2026-12-31")),
                item("property-management-fee", FeeKind.PER_AREA, "RESIDENTIAL", "3.00", "2027-01-01")));
        var quarter = BillCalculator.linesFor(unit("100.00", "RESIDENTIAL", LocalDate.parse("2025-01-01"), List.of(),
                null), changed, new BillPeriod(DEC_1, LocalDate.parse("2027-01-31")), List.of());
        assertThat(quarter.lines()).singleElement().extracting(BillLine::amount).isEqualTo(Money.yuan("550.00"));
    }
}
