package com.estate.resident.timeline.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.persistence.TimelineResidentDocument;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps which units each resident lives in now ({@link TimelineResidentDocument}), so a notification addressed to
 * a resident reaches their households' timelines. Registration moves in, move-out moves out, by residentVersion.
 */
@Configuration(proxyBeanMethods = false)
class ResidentUnitsHandlers {

    @Bean
    EventHandler<ResidentRegistered, TimelineResidentDocument> timelineResidentMovedIn() {
        return new ResidentUnits<>(ResidentRegisteredHandler.TYPE, ResidentRegistered.class) {
            @Override
            public TimelineResidentDocument newDocument(ResidentRegistered resident, CloudEvent event) {
                return TimelineResidentDocument.of(resident.residentId(), resident.communityId());
            }

            @Override
            public Object documentId(ResidentRegistered resident) {
                return resident.residentId();
            }

            @Override
            public void apply(TimelineResidentDocument document, ResidentRegistered resident, CloudEvent event) {
                document.apply(resident.version(), resident.unitIds(), List.of());
            }
        };
    }

    @Bean
    EventHandler<ResidentMovedOut, TimelineResidentDocument> timelineResidentMovedOut() {
        return new ResidentUnits<>(ResidentMovedOutHandler.TYPE, ResidentMovedOut.class) {
            @Override
            public TimelineResidentDocument newDocument(ResidentMovedOut resident, CloudEvent event) {
                return TimelineResidentDocument.of(resident.residentId(), resident.communityId());
            }

            @Override
            public Object documentId(ResidentMovedOut resident) {
                return resident.residentId();
            }

            @Override
            public void apply(TimelineResidentDocument document, ResidentMovedOut resident, CloudEvent event) {
                document.apply(resident.version(), List.of(), resident.unitIds());
            }
        };
    }

    private abstract static class ResidentUnits<D> implements EventHandler<D, TimelineResidentDocument> {

        private final IntegrationEventType eventType;
        private final Class<D> dataType;

        ResidentUnits(IntegrationEventType eventType, Class<D> dataType) {
            this.eventType = eventType;
            this.dataType = dataType;
        }

        @Override
        public IntegrationEventType eventType() {
            return eventType;
        }

        @Override
        public Class<D> dataType() {
            return dataType;
        }

        @Override
        public Class<TimelineResidentDocument> documentType() {
            return TimelineResidentDocument.class;
        }
    }
}
