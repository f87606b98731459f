package com.estate.resident.custody.messaging;

import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.PatrolRequest;
import java.time.Instant;

/**
 * {@code com.estate.resident.custody.patrol-requested.v1}: workorder-service schedules a patrol of the outside of a
 * unit in custody, weekly or before / after heavy rain. One per request (its event id derived from the request's,
 * which is derived from the custody and week, or the alert and phase).
 */
public record CustodyPatrolRequestedV1(String requestId, String custodyId, String communityId, String unitId,
        String reason, String isoWeek, String alertId, Instant notBefore, Instant dueBy, Instant requestedAt) {

    public static CustodyPatrolRequestedV1 of(Custody custody, PatrolRequest request) {
        return new CustodyPatrolRequestedV1(request.id(), custody.id(), custody.communityId(), custody.unitId(),
                request.reason().name(), request.isoWeek(), request.alertId(), request.notBefore(), request.dueBy(),
                request.requestedAt());
    }
}
