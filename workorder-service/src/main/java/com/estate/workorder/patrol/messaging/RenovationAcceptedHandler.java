package com.estate.workorder.patrol.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.patrol.RenovationInspections;
import com.estate.workorder.patrol.persistence.RenovationInspectionsDocument;
import org.springframework.stereotype.Component;

/** The property accepted the works: monitoring ends, whatever inspection was still scheduled is not made. */
@Component
class RenovationAcceptedHandler extends RenovationInspectionHandler {

    RenovationAcceptedHandler(RenovationInspections inspections) {
        super(inspections);
    }

    @Override
    public IntegrationEventType eventType() {
        return new IntegrationEventType("com.estate.resident.renovation.accepted.v1", TOPIC);
    }

    @Override
    public void apply(RenovationInspectionsDocument document, RenovationEvent data, CloudEvent event) {
        inspections.accepted(document);
    }
}
