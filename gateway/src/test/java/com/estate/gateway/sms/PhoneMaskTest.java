package com.estate.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneMaskTest {

    @Test
    void masksEveryNumberInAText() {
        assertThat(PhoneMask.maskNumbersIn("Field error on field 'phone': rejected value [13812345678]; "
                + "rejected value [+8613812345678]; [8613812345678]; [1381234567]; [+8513812345678]"))
                .isEqualTo("Field error on field 'phone': rejected value [138****5678]; "
                        + "rejected value [138****5678]; [138****5678]; [****]; [****]");
    }

    @Test
    void leavesHexIdsShortNumbersAndOtherTextAlone() {
        String text = "event 3f2a1234567b-0c1d at resident.events-1@42 in 2026, HTTP 400, 123456";
        assertThat(PhoneMask.maskNumbersIn(text)).isEqualTo(text);
        assertThat(PhoneMask.maskNumbersIn("key res-13812345678")).isEqualTo("key res-138****5678");
        assertThat(PhoneMask.maskNumbersIn(null)).isNull();
    }
}
