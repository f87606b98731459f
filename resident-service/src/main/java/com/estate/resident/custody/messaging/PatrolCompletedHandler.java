package com.estate.resident.custody.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.events.InvalidEventException;
import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.Patrol;
import com.estate.resident.custody.persistence.CustodyDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A patrol workorder-service made for one of the custody's patrol requests is recorded on the custody as the desk
 * records one ({@code POST /api/custody/{id}/patrols}), answering the request; the patrol's id is workorder-service's
 * task id, so the request's {@code patrolId} names the task and the patrol is recorded once however often the event
 * arrives (the event id is kept in the same write too). The owner is not notified again here: workorder-service told
 * the household of that result already ({@code workorder.patrol-recorded}). Photos stay with workorder-service's
 * patrol. An event naming a custody that does not exist, or a request the custody never made, goes to the DLT
 * (infra/ARCHITECTURE.md §26).
 */
@Component
class PatrolCompletedHandler implements EventHandler<PatrolCompleted, CustodyDocument> {

    static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.patrol.completed.v1", "workorder.events");

    private final Clock clock;

    PatrolCompletedHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public IntegrationEventType eventType() {
        return TYPE;
    }

    @Override
    public Class<PatrolCompleted> dataType() {
        return PatrolCompleted.class;
    }

    @Override
    public Class<CustodyDocument> documentType() {
        return CustodyDocument.class;
    }

    @Override
    public Object documentId(PatrolCompleted data) {
        if (data.custodyId() == null || data.patrolId() == null || data.recordedAt() == null) {
            throw new InvalidEventException("patrol.completed without custodyId, patrolId or recordedAt");
        }
        return data.custodyId();
    }

    @Override
    public CustodyDocument newDocument(PatrolCompleted data, CloudEvent event) {
        throw new InvalidEventException("event " + event.id() + " refers to no custody " + data.custodyId());
    }

    @Override
    public void apply(CustodyDocument document, PatrolCompleted data, CloudEvent event) {
        Custody custody = document.toDomain();
        if (data.requestId() != null && !custody.hasRequest(data.requestId())) {
            throw new InvalidEventException("custody " + custody.id() + " has no patrol request " + data.requestId());
        }
        Patrol patrol = new Patrol(data.patrolId(), data.requestId(),
                LocalDate.ofInstant(data.recordedAt(), custody.timeZone()), data.summary(), data.problemsFound(),
                List.of(), data.recordedBy(), data.recordedAt());
        custody.reported(patrol, LocalDate.ofInstant(clock.instant(), custody.timeZone())).ifPresent(document::update);
    }
}
