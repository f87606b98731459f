package com.estate.workorder.returnvisit.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * {@code com.estate.workorder.return-visit.completed.v1} (infra/contracts; resident-service's timeline reads it, so
 * fields are only ever added). The resident's comments are not in it: they stay in this service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReturnVisitCompletedV1(String returnVisitId, String orderId, String communityId, String unitId,
        String channel, boolean satisfied, int rating, boolean onTime, String reworkOrderId, Instant completedAt) {
}
