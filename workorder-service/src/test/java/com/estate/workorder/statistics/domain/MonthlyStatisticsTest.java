package com.estate.workorder.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyStatisticsTest {

    private static final Instant OPENED = Instant.parse("2026-03-10T02:00:00Z");

    private static OrderFact.Status status(long revision, String status, String assignee, Instant responded,
            Instant completed) {
        return new OrderFact.Status(revision, OPENED, "plumbing", "PHONE", status, assignee, false, false, responded,
                completed);
    }

    @Test
    void anOlderOrRepeatedStatusChangesNothing() {
        OrderFact fact = OrderFact.of("o1", "c1").withStatus(status(2, "ASSIGNED", "t1", OPENED, null));
        assertThat(fact.withStatus(status(1, "OPEN", null, null, null))).isEqualTo(fact);
        assertThat(fact.withStatus(status(2, "ASSIGNED", "t1", OPENED, null))).isEqualTo(fact);
        assertThat(fact.withOverdue("RESPONSE").withOverdue("RESPONSE").overdue()).containsExactly("RESPONSE");
        assertThat(fact.withCharge("ch1", new BigDecimal("80.00")).withCharge("ch1", new BigDecimal("80.00"))
                .charges()).hasSize(1);
    }

    @Test
    void anOrderCountsInTheMonthItWasOpenedInTheCommunitysZone() {
        OrderFact fact = OrderFact.of("o1", "c1").withStatus(new OrderFact.Status(1,
                Instant.parse("2026-03-31T17:00:00Z"), "plumbing", "PHONE", "OPEN", null, false, false, null, null));
        assertThat(fact.month(ZoneId.of("Asia/Shanghai"))).contains(YearMonth.of(2026, 4));
        assertThat(fact.month(ZoneId.of("UTC"))).contains(YearMonth.of(2026, 3));
        assertThat(OrderFact.of("o2", "c1").month(ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void theMonthIsFoldedFromItsOrders() {
        OrderFact done = OrderFact.of("o1", "c1")
                .withStatus(status(5, "COMPLETED", "t1", OPENED.plusSeconds(30 * 60), OPENED.plusSeconds(3 * 3600)))
                .withVisit(new VisitFact("v1", true, 5, true, null)).withCharge("ch1", new BigDecimal("120.50"));
        OrderFact reworked = OrderFact.of("o2", "c1")
                .withStatus(status(5, "COMPLETED", "t2", OPENED.plusSeconds(90 * 60), OPENED.plusSeconds(5 * 3600)))
                .withVisit(new VisitFact("v2", false, 2, false, "o9")).withOverdue("COMPLETION");
        OrderFact open = OrderFact.of("o3", "c1").withStatus(new OrderFact.Status(1, OPENED, "plumbing", "PHONE",
                "OPEN", null, false, true, null, null)).withOverdue("RESPONSE");
        MonthlyStatistics month = MonthlyStatistics.of("c1", YearMonth.of(2026, 3), List.of(done, reworked, open));
        assertThat(month.orders()).isEqualTo(3);
        assertThat(month.byStatus()).containsEntry("COMPLETED", 2).containsEntry("OPEN", 1);
        assertThat(month.byTechnician()).containsEntry("t1", 1).containsEntry("t2", 1)
                .containsEntry(MonthlyStatistics.UNASSIGNED, 1);
        assertThat(month.byCategory()).containsEntry("plumbing", 3);
        assertThat(month.byChannel()).containsEntry("PHONE", 3);
        assertThat(month.averageResponseMinutes()).isEqualTo(60);
        assertThat(month.averageCompletionMinutes()).isEqualTo(240);
        assertThat(month.overdueOrders()).isEqualTo(2);
        assertThat(month.overdueResponse()).isEqualTo(1);
        assertThat(month.overdueCompletion()).isEqualTo(1);
        assertThat(month.completed()).isEqualTo(2);
        assertThat(month.returnVisits()).isEqualTo(2);
        assertThat(month.returnVisitCoverage()).isEqualByComparingTo("1");
        assertThat(month.returnVisitOnTimeRate()).isEqualByComparingTo("0.5");
        assertThat(month.satisfactionRate()).isEqualByComparingTo("0.5");
        assertThat(month.averageRating()).isEqualByComparingTo("3.5");
        assertThat(month.reworked()).isEqualTo(1);
        assertThat(month.reworkRate()).isEqualByComparingTo("0.5");
        assertThat(month.reworkOrders()).isEqualTo(1);
        assertThat(month.paidRevenue()).isEqualTo(new BigDecimal("120.50"));
    }

    @Test
    void anEmptyMonthHasNoRates() {
        MonthlyStatistics month = MonthlyStatistics.of("c1", YearMonth.of(2026, 3), List.of());
        assertThat(month.orders()).isZero();
        assertThat(month.returnVisitCoverage()).isNull();
        assertThat(month.averageResponseMinutes()).isNull();
        assertThat(month.paidRevenue()).isEqualTo(new BigDecimal("0.00"));
    }
}
