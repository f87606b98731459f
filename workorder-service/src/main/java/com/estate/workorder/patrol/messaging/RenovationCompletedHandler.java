package com.estate.workorder.patrol.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.patrol.RenovationInspections;
import com.estate.workorder.patrol.persistence.RenovationInspectionsDocument;
import org.springframework.stereotype.Component;

/** The owner reported the works finished: routine inspections end, the acceptance inspection is scheduled. */
@Component
class RenovationCompletedHandler extends RenovationInspectionHandler {

    RenovationCompletedHandler(RenovationInspections inspections) {
        super(inspections);
    }

    @Override
    public IntegrationEventType eventType() {
        return new IntegrationEventType("com.estate.resident.renovation.completed.v1", TOPIC);
    }

    @Override
    public void apply(RenovationInspectionsDocument document, RenovationEvent data, CloudEvent event) {
        inspections.completed(document, data.completedAt());
    }
}
