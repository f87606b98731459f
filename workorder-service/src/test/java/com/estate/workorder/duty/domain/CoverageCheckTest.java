package com.estate.workorder.duty.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String COMMUNITY = "c1";
    private final DutyCalendar calendar = new DutyCalendar(SHANGHAI,
            Optional.of(SummerSchedule.parse("05-01", "09-30")), ShiftHours.MANUAL);
    private final Map<LocalDate, DutyDay> roster = new HashMap<>();

    @Test
    void aFullyStaffedRangeHasNoGap() {
        staff(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 12), ShiftKind.values());
        assertThat(gaps(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12))).isEmpty();
    }

    @Test
    void anEmptyRosterIsOneGapOverTheWholeRange() {
        List<Gap> gaps = gaps(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.period().start()).isEqualTo(at(LocalDate.of(2026, 3, 10), 0, 0));
            assertThat(gap.period().end()).isEqualTo(at(LocalDate.of(2026, 3, 12), 0, 0));
            assertThat(gap.shifts()).hasSize(7); // the night before, and three shifts on each of the two days
        });
    }

    @Test
    void anUnstaffedNoonIsAGapOfTheNoonHoursOnly() {
        LocalDate date = LocalDate.of(2026, 3, 10);
        staff(date.minusDays(1), date, ShiftKind.DAY, ShiftKind.NIGHT);
        staff(date.minusDays(1), date.minusDays(1), ShiftKind.NOON);
        assertThat(gaps(date, date)).singleElement().satisfies(gap -> {
            assertThat(gap.period().start()).isEqualTo(at(date, 12, 0));
            assertThat(gap.period().end()).isEqualTo(at(date, 13, 30));
            assertThat(gap.shifts()).containsExactly(new ShiftRef(date, ShiftKind.NOON));
        });
    }

    @Test
    void theNightBeforeTheRangeHoldsItsFirstMorning() {
        LocalDate date = LocalDate.of(2026, 3, 10);
        staff(date, date, ShiftKind.values());
        assertThat(gaps(date, date)).singleElement().satisfies(gap -> {
            assertThat(gap.period().start()).isEqualTo(at(date, 0, 0));
            assertThat(gap.period().end()).isEqualTo(at(date, 8, 30));
            assertThat(gap.shifts()).containsExactly(new ShiftRef(date.minusDays(1), ShiftKind.NIGHT));
        });
    }

    @Test
    void adjacentUnstaffedShiftsAreOneGap() {
        LocalDate date = LocalDate.of(2026, 3, 10);
        staff(date.minusDays(1), date, ShiftKind.NIGHT);
        assertThat(gaps(date, date)).singleElement().satisfies(gap -> {
            assertThat(gap.period().start()).isEqualTo(at(date, 8, 30));
            assertThat(gap.period().end()).isEqualTo(at(date, 17, 30));
            assertThat(gap.shifts()).containsExactly(new ShiftRef(date, ShiftKind.DAY),
                    new ShiftRef(date, ShiftKind.NOON));
        });
    }

    @Test
    void acrossTheSeasonBoundaryEachDayKeepsItsOwnHours() {
        LocalDate lastSummer = LocalDate.of(2026, 9, 30);
        LocalDate firstStandard = LocalDate.of(2026, 10, 1);
        staff(lastSummer.minusDays(1), firstStandard, ShiftKind.DAY, ShiftKind.NIGHT);
        staff(lastSummer.minusDays(1), lastSummer.minusDays(1), ShiftKind.NOON);
        List<Gap> gaps = gaps(lastSummer, firstStandard);
        assertThat(gaps).extracting(gap -> gap.period().start()).containsExactly(at(lastSummer, 12, 0),
                at(firstStandard, 12, 0));
        assertThat(gaps).extracting(gap -> gap.period().end()).containsExactly(at(lastSummer, 14, 0),
                at(firstStandard, 13, 30));
    }

    @Test
    void anUnstaffedNightOnTheLastSummerDayRunsFromTheSummerHourToTheStandardMorning() {
        LocalDate lastSummer = LocalDate.of(2026, 9, 30);
        LocalDate firstStandard = LocalDate.of(2026, 10, 1);
        staff(lastSummer.minusDays(1), firstStandard, ShiftKind.DAY, ShiftKind.NOON);
        staff(lastSummer.minusDays(1), lastSummer.minusDays(1), ShiftKind.NIGHT);
        staff(firstStandard, firstStandard, ShiftKind.NIGHT);
        assertThat(gaps(lastSummer, firstStandard)).singleElement().satisfies(gap -> {
            assertThat(gap.period().start()).isEqualTo(at(lastSummer, 18, 0));
            assertThat(gap.period().end()).isEqualTo(at(firstStandard, 8, 30));
            assertThat(gap.shifts()).containsExactly(new ShiftRef(lastSummer, ShiftKind.NIGHT));
        });
    }

    @Test
    void intoSummerTheFirstSummerEveningHasNoHoleBetweenDayDeskAndNight() {
        LocalDate lastStandard = LocalDate.of(2026, 4, 30);
        LocalDate firstSummer = LocalDate.of(2026, 5, 1);
        staff(lastStandard.minusDays(1), firstSummer, ShiftKind.values());
        assertThat(gaps(lastStandard, firstSummer)).isEmpty();
    }

    @Test
    void whoIsOnDutyIncludesLastNightsTechnicianInTheEarlyMorning() {
        LocalDate date = LocalDate.of(2026, 3, 10);
        staff(date.minusDays(1), date, ShiftKind.values());
        Instant early = at(date, 6, 0).toInstant();
        assertThat(WhoIsOnDuty.at(calendar, early, this::day)).singleElement()
                .satisfies(a -> assertThat(a.staffId()).isEqualTo("NIGHT-" + date.minusDays(1)));
        Instant noon = at(date, 12, 30).toInstant();
        assertThat(WhoIsOnDuty.at(calendar, noon, this::day)).singleElement()
                .satisfies(a -> assertThat(a.staffId()).isEqualTo("NOON-" + date));
    }

    private List<Gap> gaps(LocalDate from, LocalDate to) {
        return CoverageCheck.gaps(calendar, from, to, this::day);
    }

    private DutyDay day(LocalDate date) {
        return roster.getOrDefault(date, DutyDay.empty(COMMUNITY, date));
    }

    private void staff(LocalDate from, LocalDate to, ShiftKind... kinds) {
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (ShiftKind kind : kinds) {
                roster.put(date, day(date).assign(new Assignment(UUID.randomUUID().toString(), kind,
                        kind + "-" + date, null, "supervisor", Instant.EPOCH)));
            }
        }
    }

    private static ZonedDateTime at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), SHANGHAI);
    }
}
