package com.estate.workorder.returnvisit.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** {@code com.estate.workorder.return-visit.overdue.v1} (infra/contracts). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReturnVisitOverdueV1(String returnVisitId, String orderId, String communityId, String unitId,
        String category, Instant dueBy, Instant flaggedAt) {
}
