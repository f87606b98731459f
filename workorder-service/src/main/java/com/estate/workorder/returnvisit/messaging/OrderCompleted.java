package com.estate.workorder.returnvisit.messaging;

import java.time.Instant;

/** The fields of {@code order.status-changed.v1} a return visit reads (tolerant reader). */
record OrderCompleted(String orderId, String communityId, String unitId, String category, String status,
        long orderRevision, Instant changedAt) implements OrderFacts {
}
