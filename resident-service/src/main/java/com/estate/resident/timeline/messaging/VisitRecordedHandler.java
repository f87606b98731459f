package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A return visit (回访) or home visit (走访) to the household ({@code complaint.visit.recorded}). */
@Component
class VisitRecordedHandler extends UnitEntryHandler<VisitRecordedHandler.VisitRecorded> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.complaint.visit.recorded.v1",
            "complaint.events");

    private static final Set<String> KINDS = Set.of("return-visit", "home-visit");

    record VisitRecorded(String visitId, String communityId, String unitId, String kind, String channel,
            String outcome, Long visitRevision, Instant visitedAt) implements HouseholdEvent {

        VisitRecorded {
            Required.text(visitId, "visitId");
            Required.text(communityId, "communityId");
            Required.text(unitId, "unitId");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("not a visit kind: " + kind);
            }
            Required.text(outcome, "outcome");
            Objects.requireNonNull(visitedAt, "visitedAt");
        }
    }

    VisitRecordedHandler(TimelineProperties properties) {
        super(TYPE, VisitRecorded.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(VisitRecorded visit, CloudEvent event) {
        return Optional.of(new TimelineEntry("visit:" + visit.visitId(), TimelineKind.VISIT, visit.visitedAt(),
                "timeline.visit." + visit.kind(), Params.of("kind", visit.kind(), "channel", visit.channel()),
                visit.outcome(), "/api/visits/" + visit.visitId(),
                Objects.requireNonNullElse(visit.visitRevision(), 1L)));
    }
}
