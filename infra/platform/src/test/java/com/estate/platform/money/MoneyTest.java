package com.estate.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoPlacesOnTheWire() {
        assertThat(Money.zero().toPlainString()).isEqualTo("0.00");
        assertThat(Money.yuan("128.5").toPlainString()).isEqualTo("128.50");
        assertThat(Money.yuan("0.10").plus(Money.yuan("0.20")).toPlainString()).isEqualTo("0.30");
        assertThat(Money.yuan("10").minus(Money.yuan("10.01")).toPlainString()).isEqualTo("-0.01");
    }

    @Test
    void refusesFractionsOfAFenAndMixedCurrencies() {
        assertThatThrownBy(() -> Money.yuan("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.yuan("1.500").amount()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThatThrownBy(() -> Money.zero().plus(new Money(BigDecimal.ONE, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
