package com.estate.workorder.statistics.domain;

/** The outcome of an order's return visit, as {@code return-visit.completed} told it. */
public record VisitFact(String returnVisitId, boolean satisfied, Integer rating, Boolean onTime,
        String reworkOrderId) {
}
