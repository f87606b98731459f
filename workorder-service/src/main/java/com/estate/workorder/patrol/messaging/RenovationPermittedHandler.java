package com.estate.workorder.patrol.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.patrol.RenovationInspections;
import com.estate.workorder.patrol.persistence.RenovationInspectionsDocument;
import org.springframework.stereotype.Component;

/** A permit issued: the works' routine inspections are scheduled (infra/BUSINESS-RULES.md §4). */
@Component
class RenovationPermittedHandler extends RenovationInspectionHandler {

    RenovationPermittedHandler(RenovationInspections inspections) {
        super(inspections);
    }

    @Override
    public IntegrationEventType eventType() {
        return new IntegrationEventType("com.estate.resident.renovation.permitted.v1", TOPIC);
    }

    @Override
    public void apply(RenovationInspectionsDocument document, RenovationEvent data, CloudEvent event) {
        inspections.permitted(document, data.startDate(), data.endDate());
    }
}
