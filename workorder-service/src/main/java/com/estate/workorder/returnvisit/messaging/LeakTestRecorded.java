package com.estate.workorder.returnvisit.messaging;

import java.time.LocalDate;

/** The fields of {@code leak-test.recorded.v1} a return visit reads (tolerant reader). */
record LeakTestRecorded(String orderId, String communityId, String unitId, String category, LocalDate testedOn,
        long orderRevision) implements OrderFacts {
}
