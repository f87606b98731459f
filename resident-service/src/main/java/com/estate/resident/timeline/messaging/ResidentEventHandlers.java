package com.estate.resident.timeline.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.persistence.TimelineFanOutDocument;
import com.estate.resident.timeline.persistence.TimelineResidentDocument;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the timeline does with this service's own resident events: milestones on units, and where residents live. */
@Configuration(proxyBeanMethods = false)
class ResidentEventHandlers {

    static final IntegrationEventType REGISTERED = new IntegrationEventType(
            "com.estate.resident.resident.registered.v1", "resident.events");
    static final IntegrationEventType MOVED_OUT = new IntegrationEventType(
            "com.estate.resident.resident.moved-out.v1", "resident.events");

    @Bean
    RecordCreatingHandler<ResidentRegistered, TimelineFanOutDocument> timelineResidentRegistered(
            UnitTimelines timelines, Clock clock) {
        return new ResidentMilestoneHandler<>(REGISTERED, ResidentRegistered.class, "timeline-resident-registered",
                timelines, clock);
    }

    @Bean
    RecordCreatingHandler<ResidentMovedOut, TimelineFanOutDocument> timelineResidentMovedOut(
            UnitTimelines timelines, Clock clock) {
        return new ResidentMilestoneHandler<>(MOVED_OUT, ResidentMovedOut.class, "timeline-resident-moved-out",
                timelines, clock);
    }

    @Bean
    EventHandler<ResidentRegistered, TimelineResidentDocument> timelineResidentMovesIn() {
        return new ResidentUnitsHandler<>(REGISTERED, ResidentRegistered.class);
    }

    @Bean
    EventHandler<ResidentMovedOut, TimelineResidentDocument> timelineResidentMovesOut() {
        return new ResidentUnitsHandler<>(MOVED_OUT, ResidentMovedOut.class);
    }
}
