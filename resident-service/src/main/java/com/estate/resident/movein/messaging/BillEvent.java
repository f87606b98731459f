package com.estate.resident.movein.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The fields of billing's {@code bill.issued.v1} and {@code bill.paid.v1} a move-in reads (tolerant reader).
 *
 * @param dueDate issued only
 * @param paidAt  paid only
 */
record BillEvent(String billId, String unitId, String communityId, RequestedBy requestedBy, String total,
        LocalDate dueDate, Instant paidAt) {

    record RequestedBy(String kind, String id) {
    }

    /** The case this bill answers, or null when another request (or none: a periodic bill) caused it. */
    String moveInCaseId() {
        return requestedBy != null && FeesRequestedV1.REQUESTED_BY_KIND.equals(requestedBy.kind())
                ? requestedBy.id() : null;
    }
}
