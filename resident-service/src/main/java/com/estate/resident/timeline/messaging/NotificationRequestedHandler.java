package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.notification.Notifications;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import com.estate.resident.timeline.persistence.TimelineResidentDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What the suite asked to tell a household or one of its residents ({@code platform.notification.requested}),
 * on the timeline of that unit, or of each unit the resident lives in when the request arrives; requests to staff
 * are none of its business. The entry shows the template and urgency, not the parameters: the message itself is
 * the recipient's, in their inbox (activity-service).
 */
@Component
class NotificationRequestedHandler extends FanOutHandler<NotificationRequestedHandler.NotificationRequested> {

    private static final Set<String> HOUSEHOLD_RECIPIENTS = Set.of("HOUSEHOLD", "RESIDENT");

    record Recipient(String kind, String id) {
    }

    record NotificationRequested(String communityId, Recipient recipient, String templateKey, String urgency,
            Instant requestedAt) {

        NotificationRequested {
            Required.text(communityId, "communityId");
            Objects.requireNonNull(recipient, "recipient");
            Required.text(recipient.kind(), "recipient.kind");
            Required.text(recipient.id(), "recipient.id");
            Required.text(templateKey, "templateKey");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }
    }

    private final MongoTemplate mongo;

    NotificationRequestedHandler(UnitTimelines timelines, Clock clock, MongoTemplate mongo) {
        super(Notifications.REQUESTED, NotificationRequested.class, "timeline-notification", timelines, clock);
        this.mongo = mongo;
    }

    @Override
    public boolean concerns(NotificationRequested request) {
        return HOUSEHOLD_RECIPIENTS.contains(request.recipient().kind());
    }

    @Override
    String communityId(NotificationRequested request) {
        return request.communityId();
    }

    @Override
    List<String> unitIds(NotificationRequested request) {
        if (request.recipient().kind().equals("HOUSEHOLD")) {
            return List.of(request.recipient().id());
        }
        TimelineResidentDocument resident = mongo.findById(request.recipient().id(), TimelineResidentDocument.class);
        return resident == null || !resident.getCommunityId().equals(request.communityId())
                ? List.of() : List.copyOf(resident.getUnitIds());
    }

    @Override
    TimelineEntry entry(NotificationRequested request, CloudEvent event) {
        return new TimelineEntry("notification:" + event.id(), TimelineKind.NOTIFICATION, request.requestedAt(),
                "timeline.notification", Params.of("templateKey", request.templateKey(),
                        "urgency", request.urgency(), "recipient", request.recipient().kind()),
                "REQUESTED", "/api/notifications", 1);
    }
}
