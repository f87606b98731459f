package com.estate.billing.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LateFeePolicyTest {

    @Test
    void offByDefault() {
        assertThat(LateFeePolicy.off("c1").lateFee(Money.yuan("1000.00"), 90)).isEqualTo(Money.zero());
    }

    @Test
    void aDailyRateOfTheOverdueAmountForTheDaysBeyondTheGraceDaysRoundedHalfUp() {
        LateFeePolicy policy = new LateFeePolicy("c1", true, new BigDecimal("0.0003"), 10);
        assertThat(policy.lateFee(Money.yuan("1000.00"), 10)).isEqualTo(Money.zero());
        // 1000 × 0.0003 × 20 days = 6.00
        assertThat(policy.lateFee(Money.yuan("1000.00"), 30)).isEqualTo(Money.yuan("6.00"));
        // 223.75 × 0.0003 × 1 = 0.067125 → 0.07
        assertThat(policy.lateFee(Money.yuan("223.75"), 11)).isEqualTo(Money.yuan("0.07"));
    }

    @Test
    void theRateIsAtMostOnePercentADay() {
        assertThatThrownBy(() -> new LateFeePolicy("c1", true, new BigDecimal("0.02"), 0))
                .isInstanceOf(InvalidFeeItemException.class);
    }
}
