package com.estate.workorder.patrol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RenovationInspectionPlanTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final RenovationInspectionPlan weekly = new RenovationInspectionPlan(7, 3);

    @Test
    void theFirstDayEveryIntervalAndTheLastDay() {
        var visits = weekly.routine(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-20"), SHANGHAI);
        assertThat(visits).extracting(RenovationInspectionPlan.Visit::day).containsExactly(
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-08"), LocalDate.parse("2026-07-15"),
                LocalDate.parse("2026-07-20"));
        assertThat(visits.getFirst().notBefore()).isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
        assertThat(visits.getFirst().dueBy()).isEqualTo(Instant.parse("2026-07-01T16:00:00Z"));
    }

    @Test
    void aLastDayOnTheIntervalIsNotInspectedTwiceAndOneDayWorksOnce() {
        assertThat(weekly.routine(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-15"), SHANGHAI))
                .hasSize(3);
        assertThat(weekly.routine(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-01"), SHANGHAI))
                .hasSize(1);
    }

    @Test
    void theAcceptanceInspectionCountsCalendarDaysOfTheCommunity() {
        // reported at 23:30 in Shanghai on the 10th (15:30 UTC): due by the end of the 13th there
        var acceptance = weekly.acceptance(Instant.parse("2026-07-10T15:30:00Z"), SHANGHAI);
        assertThat(acceptance.dueBy()).isEqualTo(Instant.parse("2026-07-13T16:00:00Z"));
        var utc = weekly.acceptance(Instant.parse("2026-07-10T15:30:00Z"), ZoneId.of("UTC"));
        assertThat(utc.dueBy()).isEqualTo(Instant.parse("2026-07-14T00:00:00Z"));
    }
}
