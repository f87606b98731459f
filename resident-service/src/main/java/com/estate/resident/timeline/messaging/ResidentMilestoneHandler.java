package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Clock;
import java.util.List;

/** "A resident was registered (owner / tenant / household member)" or "moved out" on each unit the event names. */
class ResidentMilestoneHandler<D extends ResidentEvent> extends FanOutHandler<D> {

    ResidentMilestoneHandler(IntegrationEventType eventType, Class<D> dataType, String purpose,
            UnitTimelines timelines, Clock clock) {
        super(eventType, dataType, purpose, timelines, clock);
    }

    @Override
    String communityId(D resident) {
        return resident.communityId();
    }

    @Override
    List<String> unitIds(D resident) {
        return resident.unitIds();
    }

    @Override
    TimelineEntry entry(D resident, CloudEvent event) {
        return new TimelineEntry("resident:" + resident.residentId() + ":" + resident.milestone(),
                TimelineKind.RESIDENT, resident.at(), "timeline.resident." + resident.milestone(), resident.params(),
                resident.status(), "/api/residents/" + resident.residentId(), resident.version());
    }
}
