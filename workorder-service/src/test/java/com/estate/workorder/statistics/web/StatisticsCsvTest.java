package com.estate.workorder.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.workorder.statistics.domain.MonthlyStatistics;
import com.estate.workorder.statistics.domain.OrderFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

    @Test
    void totalsAndBreakdownsAreRowsOfOneTableAndTextIsQuoted() {
        OrderFact fact = OrderFact.of("o1", "c1").withStatus(new OrderFact.Status(1, Instant.parse(
                "2026-03-10T02:00:00Z"), "门窗, 玻璃", "PHONE", "OPEN", null, false, false, null, null))
                .withCharge("ch1", new BigDecimal("80.00"));
        String csv = StatisticsCsv.write(MonthlyStatistics.of("c1", YearMonth.of(2026, 3), List.of(fact)));
        assertThat(csv.lines().toList()).startsWith("section,key,value", "total,communityId,c1", "total,month,2026-03",
                "total,orders,1");
        assertThat(csv).contains("total,paidRevenue,80.00\r\n").contains("total,returnVisitCoverage,\r\n")
                .contains("category,\"门窗, 玻璃\",1\r\n").contains("technician,unassigned,1\r\n");
    }
}
