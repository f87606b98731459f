package com.estate.workorder.returnvisit.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visit that is due and not yet made or flagged: what the overdue scan reads instead of every visit ever made
 * (infra/ARCHITECTURE.md §24). Written before the visit's own save and removed after it, so it may name a visit
 * that is no longer due: the scan checks the visit itself.
 */
@Document("return_visits_due")
public record DueVisitDocument(@Id String visitId, Instant dueBy) {
}
