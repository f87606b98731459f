package com.estate.resident.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.unit.domain.UnitStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PatrolRequestsTest {

    private static Custody custody(String id) {
        return Custody.start(id, "community", ZoneId.of("Asia/Shanghai"), "unit", "owner", "agreement",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                new MeterReadings(BigDecimal.ONE, BigDecimal.ONE), UnitStatus.VACANT, "agent",
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void theWeekIsTheCommunitysIsoWeekAndDueAtItsEnd() {
        // Sunday 2026-12-06 23:30 in Shanghai is still week 49 there, though it is 15:30 UTC
        Instant sundayNight = Instant.parse("2026-12-06T15:30:00Z");
        PatrolRequest request = PatrolRequests.weekly(custody("c"), sundayNight);

        assertThat(request.isoWeek()).isEqualTo("2026-W49");
        assertThat(request.dueBy()).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
        assertThat(request.reason()).isEqualTo(PatrolReason.WEEKLY);
        // half an hour later it is Monday in Shanghai: the next week
        assertThat(PatrolRequests.weekly(custody("c"), sundayNight.plus(Duration.ofMinutes(31))).isoWeek())
                .isEqualTo("2026-W50");
        assertThat(PatrolRequests.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }

    @Test
    void idsFollowFromWhatTheRequestIsFor() {
        Instant monday = Instant.parse("2026-11-30T01:00:00Z");
        Instant friday = Instant.parse("2026-12-04T01:00:00Z");

        assertThat(PatrolRequests.weekly(custody("c"), monday).id())
                .isEqualTo(PatrolRequests.weekly(custody("c"), friday).id())
                .isNotEqualTo(PatrolRequests.weekly(custody("other"), friday).id())
                .isNotEqualTo(PatrolRequests.weekly(custody("c"), friday.plus(Duration.ofDays(7))).id());
        Instant from = Instant.parse("2026-12-02T00:00:00Z");
        Instant until = Instant.parse("2026-12-02T12:00:00Z");
        PatrolRequest before = PatrolRequests.beforeRain(custody("c"), "alert", from, monday);
        PatrolRequest after = PatrolRequests.afterRain(custody("c"), "alert", until, Duration.ofDays(1), monday);
        assertThat(before.id()).isNotEqualTo(after.id())
                .isEqualTo(PatrolRequests.beforeRain(custody("c"), "alert", from, friday).id())
                .isNotEqualTo(PatrolRequests.beforeRain(custody("c"), "other alert", from, monday).id());
        assertThat(before.dueBy()).isEqualTo(from);
        assertThat(after.notBefore()).isEqualTo(until);
        assertThat(after.dueBy()).isEqualTo(until.plus(Duration.ofDays(1)));
    }
}
