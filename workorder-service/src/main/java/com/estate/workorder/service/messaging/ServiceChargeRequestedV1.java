package com.estate.workorder.service.messaging;

import java.time.Instant;
import java.util.List;

/** {@code com.estate.workorder.charge.requested.v1} of a service order (infra/contracts; billing reads it). */
record ServiceChargeRequestedV1(String chargeId, String communityId, String unitId, String itemCode, String amount,
        String currency, String reason, Source source, Instant requestedAt, List<Line> lines) {

    record Source(String kind, String id) {
    }

    record Line(String description, String amount) {
    }
}
