package com.estate.resident.timeline.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.persistence.TimelineResidentDocument;
import java.util.List;

/**
 * Keeps which units each resident lives in now ({@link TimelineResidentDocument}), so a notification addressed to
 * a resident reaches their households' timelines: registration moves in, move-out moves out, by residentVersion.
 */
class ResidentUnitsHandler<D extends ResidentEvent> extends HandledEvent<D>
        implements EventHandler<D, TimelineResidentDocument> {


    ResidentUnitsHandler(IntegrationEventType eventType, Class<D> dataType) {
        super(eventType, dataType);
    }

    @Override
    public Class<TimelineResidentDocument> documentType() {
        return TimelineResidentDocument.class;
    }

    @Override
    public Object documentId(D resident) {
        return resident.residentId();
    }

    @Override
    public TimelineResidentDocument newDocument(D resident, CloudEvent event) {
        return TimelineResidentDocument.of(resident.residentId(), resident.communityId());
    }

    @Override
    public void apply(TimelineResidentDocument document, D resident, CloudEvent event) {
        document.apply(resident.version(), resident.movesIn() ? resident.unitIds() : List.of(),
                resident.movesIn() ? List.of() : resident.unitIds());
    }
}
