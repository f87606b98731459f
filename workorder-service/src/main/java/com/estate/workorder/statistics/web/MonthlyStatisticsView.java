package com.estate.workorder.statistics.web;

import com.estate.workorder.statistics.domain.MonthlyStatistics;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/** The statistics on the wire: revenue as a decimal string with two places and its currency, never a number. */
record MonthlyStatisticsView(String communityId, YearMonth month, int orders, Map<String, Integer> byCategory,
        Map<String, Integer> byChannel, Map<String, Integer> byStatus, Map<String, Integer> byTechnician,
        Long averageResponseMinutes, Long averageCompletionMinutes, int overdueOrders, int overdueResponse,
        int overdueCompletion, int completed, int returnVisits, BigDecimal returnVisitCoverage,
        BigDecimal returnVisitOnTimeRate, BigDecimal satisfactionRate, BigDecimal averageRating, int reworked,
        BigDecimal reworkRate, int reworkOrders, String paidRevenue, String currency) {

    static MonthlyStatisticsView of(MonthlyStatistics s) {
        return new MonthlyStatisticsView(s.communityId(), s.month(), s.orders(), s.byCategory(), s.byChannel(),
                s.byStatus(), s.byTechnician(), s.averageResponseMinutes(), s.averageCompletionMinutes(),
                s.overdueOrders(), s.overdueResponse(), s.overdueCompletion(), s.completed(), s.returnVisits(),
                s.returnVisitCoverage(), s.returnVisitOnTimeRate(), s.satisfactionRate(), s.averageRating(),
                s.reworked(), s.reworkRate(), s.reworkOrders(), s.paidRevenue().toPlainString(), "CNY");
    }
}
