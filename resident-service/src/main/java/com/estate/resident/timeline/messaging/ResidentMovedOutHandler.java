package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** "A resident moved out" on each unit the move-out names. */
@Component
class ResidentMovedOutHandler extends FanOutHandler<ResidentMovedOut> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.resident.resident.moved-out.v1",
            "resident.events");

    ResidentMovedOutHandler(UnitTimelines timelines, Clock clock) {
        super(TYPE, ResidentMovedOut.class, "timeline-resident-moved-out", timelines, clock);
    }

    @Override
    String communityId(ResidentMovedOut resident) {
        return resident.communityId();
    }

    @Override
    List<String> unitIds(ResidentMovedOut resident) {
        return resident.unitIds();
    }

    @Override
    TimelineEntry entry(ResidentMovedOut resident, CloudEvent event) {
        return new TimelineEntry("resident:" + resident.residentId() + ":moved-out", TimelineKind.RESIDENT,
                resident.movedOutAt(), "timeline.resident.moved-out", Params.of(), "MOVED_OUT",
                "/api/residents/" + resident.residentId(), resident.version());
    }
}
