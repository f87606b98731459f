package com.estate.workorder.returnvisit.domain;

import java.time.Instant;

/**
 * What the resident said on the visit: satisfied or not, a rating of 1 to 5 and comments (kept in this service only;
 * events carry the code and the rating).
 *
 * @param reworkOrderId the rework order an unsatisfied visit opened; null when satisfied
 */
public record VisitOutcome(VisitChannel channel, boolean satisfied, int rating, String comments, String visitedBy,
        Instant visitedAt, boolean onTime, String reworkOrderId) {

    public VisitOutcome {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5: " + rating);
        }
    }

    public VisitOutcome withRework(String orderId) {
        return new VisitOutcome(channel, satisfied, rating, comments, visitedBy, visitedAt, onTime, orderId);
    }
}
