package com.estate.billing.meter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.bill.BillLine;
import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a correction of a billed reading adjusts: the bills that ended on it and started from it, rounded once. */
class ReadingAdjustmentTest {

    static final LocalDate OCT_31 = LocalDate.parse("2026-10-31");

    static BillLine water(String from, String to, String price) {
        return new BillLine("water", "水费", Money.yuan("1.00"), null, new BillLine.Metered("water", BigDecimal.ONE,
                LocalDate.parse(from), BigDecimal.TEN, LocalDate.parse(to), BigDecimal.ONE, new BigDecimal(price)));
    }

    @Test
    void aBillThatEndedOnTheReadingBillsTheDifferenceRoundedOnceHalfUp() {
        var adjustment = ReadingAdjustment.of(MeterKind.WATER, OCT_31, new BigDecimal("1.5"),
                List.of(water("2026-09-30", "2026-10-31", "3.45")));
        assertThat(adjustment.amount()).isEqualTo(Money.yuan("5.18")); // 5.175
        assertThat(adjustment.item()).isEqualTo("water");
    }

    @Test
    void aReadingInsideTwoBillsAtOnePriceNeedsNothingAtTwoPricesTheirDifference() {
        var samePrice = ReadingAdjustment.of(MeterKind.WATER, OCT_31, new BigDecimal("-2"),
                List.of(water("2026-09-30", "2026-10-31", "3.45"), water("2026-10-31", "2026-11-30", "3.45")));
        assertThat(samePrice.isNone()).isTrue();
        var newPrice = ReadingAdjustment.of(MeterKind.WATER, OCT_31, new BigDecimal("-2"),
                List.of(water("2026-09-30", "2026-10-31", "3.45"), water("2026-10-31", "2026-11-30", "3.60")));
        assertThat(newPrice.amount()).isEqualTo(Money.yuan("0.30")); // -6.90 + 7.20
    }

    @Test
    void linesOfOtherMetersOrDaysAndLinesWithoutReadingsAreLeftAlone() {
        BillLine gas = new BillLine("gas", "燃气费", Money.yuan("1.00"), null, new BillLine.Metered("gas",
                BigDecimal.ONE, LocalDate.parse("2026-09-30"), BigDecimal.TEN, OCT_31, BigDecimal.ONE, BigDecimal.TEN));
        BillLine property = new BillLine("property-management-fee", "物业管理费", Money.yuan("200.00"), null);
        var adjustment = ReadingAdjustment.of(MeterKind.WATER, OCT_31, BigDecimal.ONE,
                List.of(gas, property, water("2026-09-30", "2026-10-15", "3.45")));
        assertThat(adjustment.isNone()).isTrue();
        assertThat(adjustment.item()).isNull();
    }
}
