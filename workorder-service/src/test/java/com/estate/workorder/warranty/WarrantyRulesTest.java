package com.estate.workorder.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The warranty decision on its boundary days (infra/BUSINESS-RULES.md §14.1). */
class WarrantyRulesTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    final WarrantyRules rules = new WarrantyRules(new HeatingSeason(MonthDay.of(11, 15), MonthDay.of(3, 15)));
    final LocalDate handover = LocalDate.of(2021, 6, 1);

    WarrantyDecision decide(WarrantyPeriod period, LocalDate reportedOn) {
        return rules.decide(period, false, Optional.of(handover), reportedOn, NOW);
    }

    @Test
    void fiveYearsForLeaksCoverTheLastDayBeforeTheFifthAnniversaryAndNotTheAnniversary() {
        var lastDay = decide(new WarrantyPeriod.Years(5), LocalDate.of(2026, 5, 31));
        assertThat(lastDay.coverage()).isEqualTo(Coverage.FREE);
        assertThat(lastDay.basis()).isEqualTo(WarrantyBasis.IN_WARRANTY);
        assertThat(lastDay.coveredUntil()).isEqualTo(LocalDate.of(2026, 5, 31));

        var anniversary = decide(new WarrantyPeriod.Years(5), LocalDate.of(2026, 6, 1));
        assertThat(anniversary.coverage()).isEqualTo(Coverage.PAID);
        assertThat(anniversary.basis()).isEqualTo(WarrantyBasis.WARRANTY_EXPIRED);
    }

    @Test
    void twoYearsForWiringPlumbingAndDecoration() {
        assertThat(decide(new WarrantyPeriod.Years(2), LocalDate.of(2023, 5, 31)).coverage()).isEqualTo(Coverage.FREE);
        assertThat(decide(new WarrantyPeriod.Years(2), LocalDate.of(2023, 6, 1)).coverage()).isEqualTo(Coverage.PAID);
        assertThat(decide(new WarrantyPeriod.Years(2), handover).coverage()).as("the handover day itself")
                .isEqualTo(Coverage.FREE);
    }

    @Test
    void aHandoverOnTheTwentyNinthOfFebruaryEndsOnTheTwentySeventh() {
        var leap = rules.decide(new WarrantyPeriod.Years(2), false, Optional.of(LocalDate.of(2024, 2, 29)),
                LocalDate.of(2026, 2, 28), NOW);
        assertThat(leap.coveredUntil()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(leap.coverage()).isEqualTo(Coverage.PAID);
    }

    @Test
    void twoHeatingSeasonsCountFullSeasonsFromTheHandover() {
        // handed over in June 2021: the seasons of 2021/22 and 2022/23 count, through 15 March 2023
        var lastDay = decide(new WarrantyPeriod.HeatingSeasons(2), LocalDate.of(2023, 3, 15));
        assertThat(lastDay.coverage()).isEqualTo(Coverage.FREE);
        assertThat(lastDay.coveredUntil()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(decide(new WarrantyPeriod.HeatingSeasons(2), LocalDate.of(2023, 3, 16)).coverage())
                .isEqualTo(Coverage.PAID);
    }

    @Test
    void aSeasonUnderWayAtTheHandoverDoesNotCountButOneStartingThatDayDoes() {
        var season = new HeatingSeason(MonthDay.of(11, 15), MonthDay.of(3, 15));
        assertThat(season.lastDayOfSeason(LocalDate.of(2024, 11, 15), 2)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(season.lastDayOfSeason(LocalDate.of(2024, 11, 16), 2)).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(season.lastDayOfSeason(LocalDate.of(2025, 2, 1), 1)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(season.lastDayOfSeason(LocalDate.of(2025, 3, 16), 1)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void publicAreasAreFreeAndUnknownHandoversOrCategoriesWithoutWarrantyPaid() {
        assertThat(rules.decide(new WarrantyPeriod.None(), true, Optional.empty(), handover, NOW).basis())
                .isEqualTo(WarrantyBasis.PUBLIC_AREA);
        var unknown = rules.decide(new WarrantyPeriod.Years(5), false, Optional.empty(), handover, NOW);
        assertThat(unknown.coverage()).isEqualTo(Coverage.PAID);
        assertThat(unknown.basis()).isEqualTo(WarrantyBasis.HANDOVER_DATE_UNKNOWN);
        assertThat(decide(new WarrantyPeriod.None(), handover).basis())
                .isEqualTo(WarrantyBasis.NO_WARRANTY_FOR_CATEGORY);
    }

    @Test
    void anOverrideKeepsTheRulesDecisionAndTheReason() {
        var rule = decide(new WarrantyPeriod.Years(2), LocalDate.of(2024, 1, 1));
        var free = rule.overridden(Coverage.FREE, "staff-supervisor", "开发商责任 developer's fault", NOW);
        assertThat(free.coverage()).isEqualTo(Coverage.FREE);
        assertThat(free.basis()).isEqualTo(WarrantyBasis.OVERRIDDEN);
        assertThat(free.ruleCoverage()).isEqualTo(Coverage.PAID);
        assertThat(free.decidedBy()).isEqualTo("staff-supervisor");
        assertThat(free.overridden(Coverage.PAID, "x", "again", NOW).ruleCoverage()).isEqualTo(Coverage.PAID);
    }
}
