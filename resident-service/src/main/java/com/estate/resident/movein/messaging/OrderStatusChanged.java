package com.estate.resident.movein.messaging;

import java.time.Instant;

/** The fields of workorder-service's {@code order.status-changed.v1} a move-in reads (tolerant reader). */
record OrderStatusChanged(String orderId, String communityId, String status, Origin origin, long orderRevision,
        Instant changedAt) {

    static final String MOVE_IN_DEFECT = "movein-defect";

    record Origin(String kind, String id) {
    }

    boolean isMoveInDefect() {
        return origin != null && MOVE_IN_DEFECT.equals(origin.kind());
    }
}
