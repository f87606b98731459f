package com.estate.resident.movein.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.notification.NotificationRecipient;
import com.estate.platform.notification.Notifications;
import com.estate.platform.notification.Urgency;
import com.estate.platform.outbox.AggregateDocument;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.resident.movein.domain.Defect;
import com.estate.resident.movein.domain.MoveInEvent;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Queues what a case's change raised on the case's own outbox, so it is written with the change: integration
 * events keyed by the case id (one case's events keep their order), and notification requests to the owner.
 */
@Component
public class MoveInPublications {

    static final String RE_INSPECTION_REQUESTED = "movein.re-inspection-requested";
    static final String RE_INSPECTION_BOOKED = "movein.re-inspection-booked";

    private final OutboxEvents outboxEvents;
    private final Notifications notifications;

    MoveInPublications(OutboxEvents outboxEvents, Notifications notifications) {
        this.outboxEvents = outboxEvents;
        this.notifications = notifications;
    }

    public void queue(AggregateDocument document, List<MoveInEvent> events) {
        events.forEach(event -> queue(document, event));
    }

    private void queue(AggregateDocument document, MoveInEvent event) {
        switch (event) {
            case MoveInEvent.FeesRequested e -> publish(document, FeesRequestedV1.TYPE, e.movein().id(),
                    e.movein().communityId(), FeesRequestedV1.of(e));
            case MoveInEvent.ReadingsConfirmed e -> publish(document, MeterReadingsRecordedV1.TYPE, e.movein().id(),
                    e.movein().communityId(), MeterReadingsRecordedV1.of(e));
            case MoveInEvent.DefectReported e -> publish(document, DefectReportedV1.TYPE, e.movein().id(),
                    e.movein().communityId(), DefectReportedV1.of(e));
            case MoveInEvent.Completed e -> publish(document, MoveInCompletedV1.TYPE, e.movein().id(),
                    e.movein().communityId(), MoveInCompletedV1.of(e));
            case MoveInEvent.ReInspectionRequested e -> notifications.request(document,
                    new NotificationRecipient.Resident(e.movein().communityId(), e.movein().ownerResidentId()),
                    RE_INSPECTION_REQUESTED, Map.of("caseId", e.movein().id(),
                            "defectId", Defect.idOf(e.movein().id(), e.defect().number())), Urgency.NORMAL);
            case MoveInEvent.ReInspectionBooked e -> notifications.request(document,
                    new NotificationRecipient.Resident(e.movein().communityId(), e.movein().ownerResidentId()),
                    RE_INSPECTION_BOOKED, Map.of("caseId", e.movein().id(),
                            "defectId", Defect.idOf(e.movein().id(), e.defect().number()),
                            "appointmentAt", e.at().toString()), Urgency.NORMAL);
        }
    }

    private void publish(AggregateDocument document, IntegrationEventType type,
            String subject, String communityId, Object data) {
        document.publish(outboxEvents.create(type, subject, communityId, data));
    }
}
