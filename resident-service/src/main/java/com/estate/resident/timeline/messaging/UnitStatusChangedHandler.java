package com.estate.resident.timeline.messaging;

import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.timeline.TimelineProperties;
import com.estate.resident.timeline.domain.TimelineEntry;
import com.estate.resident.timeline.domain.TimelineKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each change of the unit's status is a milestone of its own ({@code resident.unit.updated} with {@code status} in
 * changedFields), one entry per unit revision; a corrected floor area is not household news.
 */
@Component
class UnitStatusChangedHandler extends UnitEntryHandler<UnitStatusChangedHandler.UnitUpdated> {

    static final IntegrationEventType TYPE = new IntegrationEventType("com.estate.resident.unit.updated.v1",
            "resident.events");

    record UnitUpdated(String unitId, String communityId, String status, long unitRevision,
            List<String> changedFields, Instant updatedAt) implements HouseholdEvent {

        UnitUpdated {
            Required.text(unitId, "unitId");
            Required.text(communityId, "communityId");
            changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    UnitStatusChangedHandler(TimelineProperties properties) {
        super(TYPE, UnitUpdated.class, properties);
    }

    @Override
    Optional<TimelineEntry> entry(UnitUpdated unit, CloudEvent event) {
        if (!unit.changedFields().contains("status") || unit.status() == null) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEntry("unit:" + unit.unitId() + ":revision:" + unit.unitRevision(),
                TimelineKind.UNIT, unit.updatedAt(), "timeline.unit.status", Params.of("status", unit.status()),
                unit.status(), "/api/units/" + unit.unitId(), unit.unitRevision()));
    }
}
