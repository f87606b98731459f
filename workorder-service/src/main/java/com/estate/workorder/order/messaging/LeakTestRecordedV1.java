package com.estate.workorder.order.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.workorder.order.domain.WorkOrder;
import java.time.Instant;

/**
 * Integration event {@code com.estate.workorder.leak-test.recorded.v1} (contract in infra/contracts): the leak test
 * after a leak repair was done on {@code testedOn} (a date in the community's time zone). The leak return visit is
 * due within 3 days after it (infra/BUSINESS-RULES.md §2). A corrected date is published again with a higher
 * {@code orderRevision}; the newest applies. Keyed by the order id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeakTestRecordedV1(String orderId, String communityId, String unitId, String category,
        String testedOn, String recordedBy, long orderRevision, Instant recordedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.leak-test.recorded.v1", "workorder.events");

    static LeakTestRecordedV1 of(WorkOrder order, String by, long revision) {
        return new LeakTestRecordedV1(order.id(), order.communityId(), order.unitId(), order.category(),
                order.leakTestOn().toString(), by, revision, order.changedAt());
    }
}
