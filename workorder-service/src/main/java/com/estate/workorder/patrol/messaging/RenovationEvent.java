package com.estate.workorder.patrol.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The fields of resident-service's {@code renovation.permitted / completed / accepted.v1} the inspections read
 * (tolerant reader): the dates of the works when permitted, the report of their end when completed.
 */
record RenovationEvent(String renovationId, String communityId, String unitId, LocalDate startDate,
        LocalDate endDate, Instant completedAt) {
}
