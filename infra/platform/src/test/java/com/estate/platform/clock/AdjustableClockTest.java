package com.estate.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private final Instant machineNow = Instant.parse("2026-12-01T08:00:00Z");
    private final Clock machine = Clock.fixed(machineNow, ZoneOffset.UTC);
    private final AdjustableClock clock = new AdjustableClock(machine);

    @Test
    void followsTheMachineUntilMovedAndTheOffsetIsNotCumulative() {
        assertThat(clock.instant()).isEqualTo(machineNow);
        clock.setOffset(Duration.ofDays(90));
        clock.setOffset(Duration.ofDays(90));
        assertThat(clock.instant()).isEqualTo(machineNow.plus(Duration.ofDays(90)));
        clock.setOffset(Duration.ofHours(-12));
        assertThat(clock.instant()).isEqualTo(machineNow.minus(Duration.ofHours(12)));
    }

    @Test
    void aClockForAnotherZoneMovesWithIt() {
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        clock.setOffset(Duration.ofDays(1));
        assertThat(shanghai.instant()).isEqualTo(machineNow.plus(Duration.ofDays(1)));
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void whatMustFollowTheMachineGetsTheMachinesClock() {
        clock.setOffset(Duration.ofDays(90));
        assertThat(AdjustableClock.unadjusted(clock).instant()).isEqualTo(machineNow);
        assertThat(AdjustableClock.unadjusted(machine)).isSameAs(machine);
    }
}
