package com.estate.workorder.returnvisit.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** {@code com.estate.workorder.return-visit.due.v1} (infra/contracts). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReturnVisitDueV1(String returnVisitId, String orderId, String communityId, String unitId, String category,
        String basis, String startedOn, Instant dueBy) {
}
