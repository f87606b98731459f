package com.estate.resident.renovation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.money.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working hours in the community's time zone, and the waste-removal fee. */
class RenovationRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final RenovationRules RULES = new RenovationRules(List.of(
            new WorkingWindow(WEEKDAYS, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new WorkingWindow(WEEKDAYS, LocalTime.of(14, 0), LocalTime.of(18, 0))), List.of(),
            new WasteFeeRule(WasteFeeRule.Basis.PER_SQUARE_METRE, Money.yuan("3.00")));


    /** 2026-12-01 is a Tuesday; the time is local to Shanghai. */
    private static boolean allowedAtLocal(String localDateTime) {
        return RULES.allowsWorkAt(java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    @Test
    void worksAreAllowedInTheWindowsOfWorkingDaysOnly() {
        assertThat(allowedAtLocal("2026-12-01T08:00")).isTrue();
        assertThat(allowedAtLocal("2026-12-01T11:59")).isTrue();
        assertThat(allowedAtLocal("2026-12-01T12:00")).as("the end is exclusive: lunch is quiet").isFalse();
        assertThat(allowedAtLocal("2026-12-01T13:30")).isFalse();
        assertThat(allowedAtLocal("2026-12-01T14:00")).isTrue();
        assertThat(allowedAtLocal("2026-12-01T18:00")).isFalse();
        assertThat(allowedAtLocal("2026-12-01T07:59")).isFalse();
        assertThat(allowedAtLocal("2026-12-05T10:00")).as("Saturday").isFalse();
    }

    @Test
    void theHoursAreTheCommunitysNotTheServers() {
        Instant tenInTheMorningInShanghai = Instant.parse("2026-12-01T02:00:00Z");
        assertThat(RULES.allowsWorkAt(tenInTheMorningInShanghai, SHANGHAI)).isTrue();
        assertThat(RULES.allowsWorkAt(tenInTheMorningInShanghai, ZoneId.of("UTC"))).as("02:00 in UTC").isFalse();
        assertThat(RULES.allowsWorkAt(Instant.parse("2026-12-04T16:30:00Z"), SHANGHAI))
                .as("Friday in UTC, Saturday 00:30 in Shanghai").isFalse();
    }

    @Test
    void theWasteFeeIsPerSquareMetreRoundedToTheFenOrFlat() {
        assertThat(RULES.wasteFee().assess(new BigDecimal("76.00"))).isEqualTo(Money.yuan("228.00"));
        assertThat(new WasteFeeRule(WasteFeeRule.Basis.PER_SQUARE_METRE, Money.yuan("2.55"))
                .assess(new BigDecimal("88.35"))).isEqualTo(Money.yuan("225.29")); // 225.2925
        assertThat(new WasteFeeRule(WasteFeeRule.Basis.FLAT, Money.yuan("300.00")).assess(new BigDecimal("150.00")))
                .isEqualTo(Money.yuan("300.00"));
    }
}
