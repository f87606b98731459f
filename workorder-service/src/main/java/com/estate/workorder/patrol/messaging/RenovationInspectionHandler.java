package com.estate.workorder.patrol.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.patrol.RenovationInspections;
import com.estate.workorder.patrol.persistence.RenovationInspectionsDocument;

/**
 * One of a renovation's events applied to its inspections (one document per renovation, keyed by its id); the three
 * handlers differ only in the event type and the step.
 */
abstract class RenovationInspectionHandler implements EventHandler<RenovationEvent, RenovationInspectionsDocument> {

    static final String TOPIC = "resident.events";

    protected final RenovationInspections inspections;

    RenovationInspectionHandler(RenovationInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public Class<RenovationEvent> dataType() {
        return RenovationEvent.class;
    }

    @Override
    public Class<RenovationInspectionsDocument> documentType() {
        return RenovationInspectionsDocument.class;
    }

    @Override
    public Object documentId(RenovationEvent data) {
        return data.renovationId();
    }

    @Override
    public RenovationInspectionsDocument newDocument(RenovationEvent data, CloudEvent event) {
        return new RenovationInspectionsDocument(data.renovationId(), data.communityId(), data.unitId());
    }
}
