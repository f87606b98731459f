package com.estate.workorder.returnvisit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReturnVisitDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
    private final ReturnVisitDeadlines deadlines = ReturnVisitDeadlines.standard();

    @Test
    void aSafetyFacilityIsVisitedWithinTwoCalendarDaysOfItsRepair() {
        // Monday 10:00 in Shanghai: by the end of Wednesday there
        assertThat(deadlines.dueBy("safety-facility", Instant.parse("2026-07-06T02:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-07-08T16:00:00Z"));
        assertThat(deadlines.basisFor("safety-facility")).isEqualTo(DeadlineBasis.COMPLETION);
    }

    @Test
    void aLeakIsVisitedWithinThreeDaysAfterItsLeakTest() {
        assertThat(deadlines.basisFor("leak")).isEqualTo(DeadlineBasis.LEAK_TEST);
        assertThat(deadlines.dueBy("leak", java.time.LocalDate.parse("2026-07-06"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-07-09T16:00:00Z"));
    }

    @Test
    void everythingElseWithinTwoDays() {
        assertThat(deadlines.basisFor("plumbing")).isEqualTo(DeadlineBasis.COMPLETION);
        assertThat(deadlines.daysFor("plumbing")).isEqualTo(2);
        assertThat(deadlines.dueBy("electrical", Instant.parse("2026-07-06T15:59:59Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-07-08T16:00:00Z"));
    }

    @Test
    void theDayIsTheCommunitysNotUtcs() {
        // 23:30 UTC on the 6th is already the 7th in Shanghai, still the 7th's 05:30 in Urumqi, and the 6th in UTC
        Instant lateEvening = Instant.parse("2026-07-06T23:30:00Z");
        assertThat(deadlines.dueBy("plumbing", lateEvening, SHANGHAI)).isEqualTo(Instant.parse("2026-07-09T16:00:00Z"));
        assertThat(deadlines.dueBy("plumbing", lateEvening, ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-07-09T00:00:00Z"));
        assertThat(deadlines.dueBy("plumbing", Instant.parse("2026-07-06T17:59:00Z"), URUMQI))
                .isEqualTo(Instant.parse("2026-07-08T18:00:00Z"));
    }

    @Test
    void communitiesNameTheirOwnCategories() {
        var own = new ReturnVisitDeadlines(java.util.Set.of("fire-door"), java.util.Set.of("roof-leak"), 1, 3, 2);
        assertThat(own.daysFor("fire-door")).isEqualTo(1);
        assertThat(own.basisFor("roof-leak")).isEqualTo(DeadlineBasis.LEAK_TEST);
        assertThat(own.basisFor("leak")).isEqualTo(DeadlineBasis.COMPLETION);
    }
}
