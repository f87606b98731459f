package com.estate.workorder.duty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DutyCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DutyCalendar calendar = new DutyCalendar(SHANGHAI,
            Optional.of(SummerSchedule.parse("05-01", "09-30")), ShiftHours.MANUAL);

    @Test
    void standardDaysKeepTheManualsHours() {
        LocalDate date = LocalDate.of(2026, 3, 10);
        assertThat(calendar.seasonOf(date)).isEqualTo(Season.STANDARD);
        Shift noon = calendar.shift(date, ShiftKind.NOON);
        assertThat(noon.periods()).singleElement().satisfies(period -> {
            assertThat(period.start()).isEqualTo(at(date, 12, 0));
            assertThat(period.end()).isEqualTo(at(date, 13, 30));
        });
        Shift night = calendar.shift(date, ShiftKind.NIGHT);
        assertThat(night.periods().getFirst().start()).isEqualTo(at(date, 17, 30));
        assertThat(night.periods().getFirst().end()).isEqualTo(at(date.plusDays(1), 8, 30));
        Shift day = calendar.shift(date, ShiftKind.DAY);
        assertThat(day.periods()).extracting(Period::start).containsExactly(at(date, 8, 30), at(date, 13, 30));
        assertThat(day.periods()).extracting(Period::end).containsExactly(at(date, 12, 0), at(date, 17, 30));
    }

    @Test
    void summerDaysKeepSummerHoursFromTheFirstToTheLastDayIncluded() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30)}) {
            assertThat(calendar.seasonOf(date)).isEqualTo(Season.SUMMER);
            assertThat(calendar.shift(date, ShiftKind.NOON).periods().getFirst().end()).isEqualTo(at(date, 14, 0));
            assertThat(calendar.shift(date, ShiftKind.NIGHT).periods().getFirst().start())
                    .isEqualTo(at(date, 18, 0));
        }
        assertThat(calendar.seasonOf(LocalDate.of(2026, 4, 30))).isEqualTo(Season.STANDARD);
        assertThat(calendar.seasonOf(LocalDate.of(2026, 10, 1))).isEqualTo(Season.STANDARD);
    }

    @Test
    void theLastSummerNightStartsAtTheSummerHourAndEndsAtTheUsualMorning() {
        LocalDate last = LocalDate.of(2026, 9, 30);
        Period night = calendar.shift(last, ShiftKind.NIGHT).periods().getFirst();
        assertThat(night.start()).isEqualTo(at(last, 18, 0));
        assertThat(night.end()).isEqualTo(at(last.plusDays(1), 8, 30));
    }

    @Test
    void aCommunityWithoutSummerHoursKeepsStandardHoursAllYear() {
        DutyCalendar noSummer = new DutyCalendar(SHANGHAI, Optional.empty(), ShiftHours.MANUAL);
        assertThat(noSummer.seasonOf(LocalDate.of(2026, 7, 15))).isEqualTo(Season.STANDARD);
    }

    @Test
    void theShiftsOfADayFollowEachOtherWithoutHoleOrOverlap() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(2026, 3, 10), LocalDate.of(2026, 7, 10)}) {
            var shifts = calendar.shifts(date);
            var day = shifts.get(0).periods();
            var noon = shifts.get(1).periods().getFirst();
            var night = shifts.get(2).periods().getFirst();
            assertThat(day.get(0).end()).isEqualTo(noon.start());
            assertThat(noon.end()).isEqualTo(day.get(1).start());
            assertThat(day.get(1).end()).isEqualTo(night.start());
            assertThat(night.end()).isEqualTo(calendar.shift(date.plusDays(1), ShiftKind.DAY).periods().getFirst()
                    .start());
        }
    }

    @Test
    void hoursAreInTheCommunitysTimeZone() {
        DutyCalendar urumqi = new DutyCalendar(ZoneId.of("Asia/Urumqi"), Optional.empty(), ShiftHours.MANUAL);
        LocalDate date = LocalDate.of(2026, 3, 10);
        assertThat(urumqi.shift(date, ShiftKind.NOON).periods().getFirst().start().toInstant())
                .isEqualTo(at(date, 12, 0).toInstant().plusSeconds(2 * 3600));
    }

    @Test
    void summerSchedulesAndHoursRefuseWhatCannotBe() {
        assertThatThrownBy(() -> SummerSchedule.parse("09-30", "05-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShiftHours(LocalTime.of(8, 30), LocalTime.of(14, 0), LocalTime.of(13, 0),
                LocalTime.of(14, 30), LocalTime.of(17, 30), LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ZonedDateTime at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), SHANGHAI);
    }
}
