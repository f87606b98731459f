package com.estate.billing.receipt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource({
            "406.80, 肆佰零陆元捌角整",
            "100010.00, 壹拾万零壹拾元整",
            "0.05, 伍分",
            "0.50, 伍角整",
            "0.00, 零元整",
            "1.00, 壹元整",
            "10.00, 壹拾元整",
            "10000.05, 壹万元零伍分",
            "1005.30, 壹仟零伍元叁角整",
            "1010.01, 壹仟零壹拾元零壹分",
            "20000000.00, 贰仟万元整",
            "100000001.00, 壹亿零壹元整",
            "123456789.12, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
            "3200.09, 叁仟贰佰元零玖分"
    })
    void writesTheAmountInCapitalNumerals(String amount, String words) {
        assertThat(AmountInWords.of(Money.yuan(amount))).isEqualTo(words);
    }

    @Test
    void aNegativeAmountIsNotStated() {
        assertThatThrownBy(() -> AmountInWords.of(Money.yuan("-1.00"))).isInstanceOf(IllegalArgumentException.class);
    }
}
