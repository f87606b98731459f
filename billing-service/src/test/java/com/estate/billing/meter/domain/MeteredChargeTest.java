package com.estate.billing.meter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeteredChargeTest {

    static Reading reading(String day, String value) {
        return new Reading(LocalDate.parse(day), new BigDecimal(value));
    }

    @Test
    void billsThePriceTimesTheDifferenceRoundedHalfUpOnce() {
        // 12.345 kWh × 0.617 = 7.616865 → 7.62; 0.005 fen boundaries go up
        MeteredCharge charge = MeteredCharge.of(new BigDecimal("0.617"), reading("2026-10-31", "100.000"),
                reading("2026-11-30", "112.345"));
        assertThat(charge.quantity()).isEqualByComparingTo("12.345");
        assertThat(charge.amount().amount()).isEqualByComparingTo("7.62");
        assertThat(MeteredCharge.of(new BigDecimal("0.5"), reading("2026-10-31", "0"), reading("2026-11-30", "0.01"))
                .amount().amount()).isEqualByComparingTo("0.01");
    }

    @Test
    void refusesAReadingLowerThanThePreviousOne() {
        assertThatThrownBy(() -> MeteredCharge.of(BigDecimal.ONE, reading("2026-10-31", "50"),
                reading("2026-11-30", "49.9"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower");
        assertThatThrownBy(() -> new Reading(LocalDate.parse("2026-11-30"), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noNewReadingMeansNoSpanAndTheNextBillTakesTheWholeDifference() {
        MeterHistory history = new MeterHistory(List.of(reading("2026-09-30", "10"), reading("2026-10-31", "25"),
                reading("2026-12-31", "60")));
        // first bill (October): from the start reading to October's
        assertThat(history.span(null, LocalDate.parse("2026-10-31"))).get()
                .satisfies(s -> assertThat(s.from().value()).isEqualByComparingTo("10"))
                .satisfies(s -> assertThat(s.to().value()).isEqualByComparingTo("25"));
        // November: nothing newer than what October billed
        assertThat(history.span(LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-30"))).isEmpty();
        // December: from where October ended, the whole difference
        var december = history.span(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-31")).orElseThrow();
        assertThat(december.from().value()).isEqualByComparingTo("25");
        assertThat(december.to().value()).isEqualByComparingTo("60");
        // a period billed again takes the same two readings
        assertThat(history.span(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-31"))).contains(december);
        // no reading at all
        assertThat(new MeterHistory(List.of()).span(null, LocalDate.parse("2026-10-31"))).isEmpty();
    }
}
