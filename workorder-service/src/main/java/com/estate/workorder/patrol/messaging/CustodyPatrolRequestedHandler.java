package com.estate.workorder.patrol.messaging;

import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.patrol.PatrolTasks;
import com.estate.workorder.patrol.domain.PatrolKind;
import com.estate.workorder.patrol.persistence.PatrolTaskDocument;
import org.springframework.stereotype.Component;

/**
 * A patrol of a unit in custody that resident-service asks for (infra/BUSINESS-RULES.md §1: weekly, and before and
 * after heavy rain, which its heavy-rain alerts turn into requests with those reasons): one task per request, its id
 * derived from the event's, which resident-service derives from the request.
 */
@Component
class CustodyPatrolRequestedHandler implements RecordCreatingHandler<CustodyPatrolRequested, PatrolTaskDocument> {

    static final IntegrationEventType PATROL_REQUESTED =
            new IntegrationEventType("com.estate.resident.custody.patrol-requested.v1", "resident.events");

    private final PatrolTasks tasks;

    CustodyPatrolRequestedHandler(PatrolTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public IntegrationEventType eventType() {
        return PATROL_REQUESTED;
    }

    @Override
    public Class<CustodyPatrolRequested> dataType() {
        return CustodyPatrolRequested.class;
    }

    @Override
    public Class<PatrolTaskDocument> recordType() {
        return PatrolTaskDocument.class;
    }

    @Override
    public String purpose() {
        return "custody-patrol";
    }

    @Override
    public PatrolTaskDocument newRecord(String id, CustodyPatrolRequested data, CloudEvent event) {
        return PatrolTaskDocument.from(tasks.newTask(id, data.communityId(), PatrolKind.ofCustodyReason(data.reason()),
                data.unitId(), data.requestId(), data.notBefore(), data.dueBy(), "resident-service")
                .forCustody(data.custodyId()));
    }
}
