package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The return visit (回访) of a repair of the unit ({@code workorder.return-visit.completed}), made once. */
@Component
class ReturnVisitCompletedHandler extends UnitEntryHandler<ReturnVisitCompletedHandler.ReturnVisitCompleted> {

    static final IntegrationEventType TYPE = new IntegrationEventType(
            "com.estate.workorder.return-visit.completed.v1", "workorder.events");

    record ReturnVisitCompleted(String returnVisitId, String orderId, String communityId, String unitId,
            String channel, Boolean satisfied, Integer rating, Instant completedAt) implements HouseholdEvent {

        ReturnVisitCompleted {
            Required.text(returnVisitId, "returnVisitId");
            Required.text(orderId, "orderId");
            Required.text(communityId, "communityId");
            Objects.requireNonNull(satisfied, "satisfied");
            Objects.requireNonNull(completedAt, "completedAt");
        }
    }

    ReturnVisitCompletedHandler(TimelineProperties properties) {
        super(TYPE, ReturnVisitCompleted.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(ReturnVisitCompleted visit, CloudEvent event) {
        return Optional.of(new TimelineEntry("return-visit:" + visit.returnVisitId(), TimelineKind.VISIT,
                visit.completedAt(), "timeline.visit.repair-return-visit",
                Params.of("orderId", visit.orderId(), "channel", visit.channel(), "rating", visit.rating()),
                visit.satisfied() ? "SATISFIED" : "UNSATISFIED", "/api/return-visits/" + visit.returnVisitId(), 1));
    }
}
