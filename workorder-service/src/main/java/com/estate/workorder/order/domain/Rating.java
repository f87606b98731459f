package com.estate.workorder.order.domain;

import java.time.Instant;

/** The resident's rating of the repair, 1 to 5, with an optional comment. */
public record Rating(int score, String comment, Instant at) {

    public Rating {
        if (score < 1 || score > 5) {
            throw new InvalidWorkOrderException("score", "a rating is 1 to 5");
        }
    }
}
