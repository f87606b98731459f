package com.estate.contracts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aTimeoutOrARefusedConnectionAnywhereInTheChainIsTransient() {
        assertThat(TransientFailures.isTransient(new TimeoutException("no answer in 10s"))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException("listener failed",
                new IllegalStateException("write failed", new SocketTimeoutException("read timed out"))))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void reactorsBlockingTimeoutIsTransientButOtherIllegalStatesAreNot() {
        assertThat(TransientFailures.isTransient(
                new IllegalStateException("Timeout on blocking read for 10000000000 NANOSECONDS"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("account has no phone"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException((String) null))).isFalse();
    }

    @Test
    void bugsAndBadDataAreNotTransient() {
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad unit id",
                new NumberFormatException("x")))).isFalse();
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(TransientFailures.isTransient(a)).isFalse();
        assertThat(TransientFailures.describe(a)).isEqualTo("RuntimeException < RuntimeException");
    }

    @Test
    void describesTheClassesWithoutTheMessages() {
        String described = TransientFailures.describe(new RuntimeException("dup key: { phone: \"13812345678\" }",
                new TimeoutException("13812345678")));
        assertThat(described).isEqualTo("RuntimeException < TimeoutException").doesNotContain("138");
    }
}
