package com.estate.resident.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustodyThresholdsTest {

    private static final MeterReadings START = readings("120.5", "3400.2");

    private static MeterReadings readings(String water, String electricity) {
        return new MeterReadings(new BigDecimal(water), new BigDecimal(electricity));
    }

    @Test
    void theDefaultsAreFiveCubicMetresAndTwentyKilowattHours() {
        assertThat(CustodyThresholds.DEFAULT.water()).isEqualByComparingTo("5");
        assertThat(CustodyThresholds.DEFAULT.electricity()).isEqualByComparingTo("20");
    }

    @Test
    void exactlyAtTheThresholdIsStillWithinIt() {
        assertThat(CustodyThresholds.DEFAULT.exceeded(START, readings("125.500", "3420.2"))).isEmpty();
    }

    @Test
    void theSmallestStepBeyondIsAnAnomalyOnThatMeterOnly() {
        var exceeded = CustodyThresholds.DEFAULT.exceeded(START, readings("125.501", "3420.2"));

        assertThat(exceeded).singleElement().satisfies(e -> {
            assertThat(e.meter()).isEqualTo(Meter.WATER);
            assertThat(e.increase()).isEqualByComparingTo("5.001");
            assertThat(e.start()).isEqualByComparingTo("120.5");
            assertThat(e.threshold()).isEqualByComparingTo("5");
        });
        assertThat(CustodyThresholds.DEFAULT.exceeded(START, readings("120.5", "3420.3")))
                .extracting(CustodyThresholds.Exceedance::meter).containsExactly(Meter.ELECTRICITY);
    }

    @Test
    void bothMetersCanBeOverAtOnce() {
        assertThat(CustodyThresholds.DEFAULT.exceeded(START, readings("200", "4000")))
                .extracting(CustodyThresholds.Exceedance::meter).containsExactly(Meter.WATER, Meter.ELECTRICITY);
    }

    @Test
    void aCommunityWithStricterThresholdsSeesAnomaliesSooner() {
        var strict = new CustodyThresholds(new BigDecimal("2"), new BigDecimal("10.5"));

        assertThat(strict.exceeded(START, readings("122.5", "3410.7"))).isEmpty();
        assertThat(strict.exceeded(START, readings("122.5", "3410.8")))
                .extracting(CustodyThresholds.Exceedance::meter).containsExactly(Meter.ELECTRICITY);
        assertThat(strict.exceeded(START, readings("122.6", "3400.2")))
                .extracting(CustodyThresholds.Exceedance::meter).containsExactly(Meter.WATER);
    }

    @Test
    void thresholdsArePositiveAndReadingsNeverNegative() {
        assertThatThrownBy(() -> new CustodyThresholds(BigDecimal.ZERO, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> readings("-1", "0")).isInstanceOf(IllegalArgumentException.class);
    }
}
