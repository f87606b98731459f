package com.estate.workorder.duty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DutyLogEntryTest {

    private static final Instant AT = Instant.parse("2026-03-10T15:00:00Z"); // 23:00 in Shanghai
    private final DutyLogEntry entry = new DutyLogEntry("e1", "c1", new ShiftRef(LocalDate.of(2026, 3, 10),
            ShiftKind.NIGHT), AT, LogChannel.CALL, "王先生", "13812345678", "u1", null, "厨房水管漏水", "已关总阀",
            "tech", AT, null);

    @Test
    void anEntryIsResolvedOnce() {
        DutyLogEntry routed = entry.resolve(new Routing(Resolution.COMPLAINT, null, null, "agent", AT));
        assertThat(routed.open()).isFalse();
        assertThatThrownBy(() -> routed.resolve(new Routing(Resolution.INQUIRY, null, null, "agent", AT)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("duty-entry-resolved");
                    assertThat(e.args()).containsExactly("e1", Resolution.COMPLAINT);
                });
    }

    @Test
    void closingNeedsAReason() {
        assertThatThrownBy(() -> entry.resolve(new Routing(Resolution.CLOSED, null, " ", "agent", AT)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("duty-entry-close-reason"));
        assertThat(entry.resolve(new Routing(Resolution.CLOSED, null, "住户已自行处理", "agent", AT)).routing().reason())
                .isEqualTo("住户已自行处理");
    }

    @Test
    void anEntryBelongsToTheShiftRunningWhenItHappened() {
        DutyCalendar calendar = new DutyCalendar(ZoneId.of("Asia/Shanghai"),
                Optional.of(SummerSchedule.parse("05-01", "09-30")), ShiftHours.MANUAL);
        assertThat(ShiftOfInstant.of(calendar, Instant.parse("2026-03-10T22:00:00Z"))) // 06:00 on the 11th
                .isEqualTo(new ShiftRef(LocalDate.of(2026, 3, 10), ShiftKind.NIGHT));
        assertThat(ShiftOfInstant.of(calendar, Instant.parse("2026-03-11T04:30:00Z"))) // 12:30
                .isEqualTo(new ShiftRef(LocalDate.of(2026, 3, 11), ShiftKind.NOON));
        assertThat(ShiftOfInstant.of(calendar, Instant.parse("2026-07-11T05:45:00Z"))) // 13:45, summer noon
                .isEqualTo(new ShiftRef(LocalDate.of(2026, 7, 11), ShiftKind.NOON));
        assertThat(ShiftOfInstant.of(calendar, Instant.parse("2026-03-11T05:45:00Z"))) // 13:45, day desk
                .isEqualTo(new ShiftRef(LocalDate.of(2026, 3, 11), ShiftKind.DAY));
    }

    @Test
    void theNightHandsOverToTheNextDayDeskAndTheDayDeskToTheNight() {
        DutyCalendar calendar = new DutyCalendar(ZoneId.of("Asia/Shanghai"), Optional.empty(), ShiftHours.MANUAL);
        LocalDate date = LocalDate.of(2026, 3, 10);
        assertThat(ShiftOfInstant.next(calendar, new ShiftRef(date, ShiftKind.NIGHT)))
                .isEqualTo(new ShiftRef(date.plusDays(1), ShiftKind.DAY));
        assertThat(ShiftOfInstant.next(calendar, new ShiftRef(date, ShiftKind.DAY)))
                .isEqualTo(new ShiftRef(date, ShiftKind.NIGHT));
        assertThat(ShiftOfInstant.next(calendar, new ShiftRef(date, ShiftKind.NOON)))
                .isEqualTo(new ShiftRef(date, ShiftKind.DAY));
    }
}
