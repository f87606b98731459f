package com.estate.workorder.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A community's month of work orders, folded from the orders opened in it (infra/BUSINESS-RULES.md §2, "every month
 * the repair and visit records are summarised"): counts by category, channel, status and technician; average
 * response and completion times; overdue orders; return-visit coverage (visited / completed), on-time rate and
 * satisfaction; the rework rate (completed orders whose visit sent them back) and the rework orders opened in the
 * month; paid-work revenue.
 * Rates are fractions with four places, null when there is nothing to divide by.
 */
public record MonthlyStatistics(String communityId, YearMonth month, int orders, Map<String, Integer> byCategory,
        Map<String, Integer> byChannel, Map<String, Integer> byStatus, Map<String, Integer> byTechnician,
        Long averageResponseMinutes, Long averageCompletionMinutes, int overdueOrders, int overdueResponse,
        int overdueCompletion, int completed, int returnVisits, BigDecimal returnVisitCoverage,
        BigDecimal returnVisitOnTimeRate, BigDecimal satisfactionRate, BigDecimal averageRating, int reworked,
        BigDecimal reworkRate, int reworkOrders, BigDecimal paidRevenue) {

    /** The technician key of orders nobody was assigned. */
    public static final String UNASSIGNED = "unassigned";

    public static MonthlyStatistics of(String communityId, YearMonth month, Collection<OrderFact> facts) {
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byChannel = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byTechnician = new TreeMap<>();
        long responseMinutes = 0;
        int responded = 0;
        long completionMinutes = 0;
        int completed = 0;
        int overdueOrders = 0;
        int overdueResponse = 0;
        int overdueCompletion = 0;
        int visits = 0;
        int visitsOnTime = 0;
        int visitsWithTiming = 0;
        int satisfied = 0;
        int ratings = 0;
        int ratingSum = 0;
        int reworked = 0;
        int reworkOrders = 0;
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        for (OrderFact fact : facts) {
            count(byCategory, fact.category());
            count(byChannel, fact.channel());
            count(byStatus, fact.status());
            count(byTechnician, fact.assigneeId() == null ? UNASSIGNED : fact.assigneeId());
            if (fact.respondedAt() != null && fact.createdAt() != null) {
                responseMinutes += Duration.between(fact.createdAt(), fact.respondedAt()).toMinutes();
                responded++;
            }
            if (fact.completedAt() != null && fact.createdAt() != null) {
                completionMinutes += Duration.between(fact.createdAt(), fact.completedAt()).toMinutes();
                completed++;
            }
            if (!fact.overdue().isEmpty()) {
                overdueOrders++;
            }
            overdueResponse += fact.overdue().contains("RESPONSE") ? 1 : 0;
            overdueCompletion += fact.overdue().contains("COMPLETION") ? 1 : 0;
            VisitFact visit = fact.visit();
            if (visit != null) {
                visits++;
                satisfied += visit.satisfied() ? 1 : 0;
                if (visit.onTime() != null) {
                    visitsWithTiming++;
                    visitsOnTime += visit.onTime() ? 1 : 0;
                }
                if (visit.rating() != null) {
                    ratings++;
                    ratingSum += visit.rating();
                }
                reworked += visit.reworkOrderId() != null ? 1 : 0;
            }
            reworkOrders += fact.rework() ? 1 : 0;
            for (OrderFact.Charge charge : fact.charges()) {
                revenue = revenue.add(charge.amount());
            }
        }
        return new MonthlyStatistics(communityId, month, facts.size(), byCategory, byChannel, byStatus, byTechnician,
                responded == 0 ? null : responseMinutes / responded,
                completed == 0 ? null : completionMinutes / completed, overdueOrders, overdueResponse,
                overdueCompletion, completed, visits, rate(visits, completed), rate(visitsOnTime, visitsWithTiming),
                rate(satisfied, visits), ratings == 0 ? null
                        : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP),
                reworked, rate(reworked, completed), reworkOrders, revenue);
    }

    private static void count(Map<String, Integer> counts, String key) {
        if (key != null) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
