package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A complaint of the household, in its newest status ({@code complaint.complaint.status-changed}). */
@Component
class ComplaintStatusChangedHandler extends UnitEntryHandler<ComplaintStatusChangedHandler.ComplaintChanged> {

    static final IntegrationEventType TYPE = new IntegrationEventType(
            "com.estate.complaint.complaint.status-changed.v1", "complaint.events");

    record ComplaintChanged(String complaintId, String communityId, String unitId, String category, String severity,
            String status, long complaintRevision, Instant changedAt) implements HouseholdEvent {

        ComplaintChanged {
            Required.text(complaintId, "complaintId");
            Required.text(communityId, "communityId");
            Required.text(category, "category");
            Required.text(status, "status");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    ComplaintStatusChangedHandler(TimelineProperties properties) {
        super(TYPE, ComplaintChanged.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(ComplaintChanged complaint, CloudEvent event) {
        return Optional.of(new TimelineEntry("complaint:" + complaint.complaintId(), TimelineKind.COMPLAINT,
                complaint.changedAt(), "timeline.complaint",
                Params.of("category", complaint.category(), "severity", complaint.severity()), complaint.status(),
                "/api/complaints/" + complaint.complaintId(), complaint.complaintRevision()));
    }
}
