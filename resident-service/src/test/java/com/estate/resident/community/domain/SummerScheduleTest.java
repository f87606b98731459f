package com.estate.resident.community.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SummerScheduleTest {

    @Test
    void summerHoursRunFromTheStartToTheEndDayBothIncluded() {
        SummerSchedule summer = SummerSchedule.parse("05-01", "09-30");
        assertThat(summer.contains(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(summer.contains(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(summer.contains(LocalDate.of(2027, 7, 15))).isTrue();
        assertThat(summer.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(summer.contains(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(summer.startText()).isEqualTo("05-01");
        assertThat(summer.endText()).isEqualTo("09-30");
    }

    @Test
    void refusesDaysThatAreNoMonthDaysALeapDayAndAReversedPeriod() {
        for (String[] invalid : new String[][] {{"13-01", "09-30"}, {"05-32", "09-30"}, {"04-31", "09-30"},
                {"5-1", "9-30"}, {"02-29", "09-30"}, {"09-30", "05-01"}, {"05-01", "05-01"}, {null, "09-30"}}) {
            assertThatThrownBy(() -> SummerSchedule.parse(invalid[0], invalid[1]))
                    .as(invalid[0] + " to " + invalid[1])
                    .isInstanceOf(InvalidSummerScheduleException.class)
                    .extracting(e -> ((InvalidSummerScheduleException) e).code()).isEqualTo("invalid-summer-schedule");
        }
    }

    @Test
    void aCommunityChangeNamesWhatChangedAndNothingWhenNothingDid() {
        Community community = new Community("c-1", "翠苑", ZoneId.of("Asia/Shanghai"), "南山区 1 号", null,
                Instant.parse("2026-01-01T00:00:00Z"));
        SummerSchedule summer = SummerSchedule.parse("05-01", "09-30");

        Community.Change change = community.change(null, summer);
        assertThat(change.changedFields()).containsExactly("summerSchedule");
        assertThat(change.community().address()).isEqualTo("南山区 1 号");
        assertThat(change.community().summer()).contains(summer);

        Community.Change again = change.community().change(" 南山区 1 号 ", SummerSchedule.parse("05-01", "09-30"));
        assertThat(again.changedAnything()).isFalse();
        assertThat(change.community().change("福田区 2 号", null).changedFields()).containsExactly("address");
    }
}
