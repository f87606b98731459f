package com.estate.workorder.patrol.messaging;

import java.time.Instant;

/** The fields of resident-service's {@code custody.patrol-requested.v1} a patrol reads (tolerant reader). */
record CustodyPatrolRequested(String requestId, String custodyId, String communityId, String unitId, String reason,
        Instant notBefore, Instant dueBy) {
}
