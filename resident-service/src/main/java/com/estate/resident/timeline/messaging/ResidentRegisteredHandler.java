package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** "A resident was registered (owner / tenant / household member)" on each unit the registration names. */
@Component
class ResidentRegisteredHandler extends FanOutHandler<ResidentRegistered> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.resident.resident.registered.v1",
            "resident.events");

    ResidentRegisteredHandler(UnitTimelines timelines, Clock clock) {
        super(TYPE, ResidentRegistered.class, "timeline-resident-registered", timelines, clock);
    }

    @Override
    String communityId(ResidentRegistered resident) {
        return resident.communityId();
    }

    @Override
    List<String> unitIds(ResidentRegistered resident) {
        return resident.unitIds();
    }

    @Override
    TimelineEntry entry(ResidentRegistered resident, CloudEvent event) {
        return new TimelineEntry("resident:" + resident.residentId() + ":registered", TimelineKind.RESIDENT,
                resident.registeredAt(), "timeline.resident.registered", Params.of("relation", resident.relation()),
                "REGISTERED", "/api/residents/" + resident.residentId(), resident.version());
    }
}
