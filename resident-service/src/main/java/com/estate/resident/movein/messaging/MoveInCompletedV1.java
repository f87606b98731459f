package com.estate.resident.movein.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.resident.movein.domain.MoveInEvent;
import java.time.Instant;
import java.util.List;

/** Integration event {@code com.estate.resident.movein.completed.v1}: the owner moved in, the unit is occupied. */
public record MoveInCompletedV1(String caseId, String unitId, String communityId, String ownerResidentId,
        List<Entry> archive, Instant completedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.movein.completed.v1", "resident.events");

    /** One document of the resident archive, by kind and the stored file's id (never its content). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String kind, String code, String attachmentId) {
    }

    static MoveInCompletedV1 of(MoveInEvent.Completed event) {
        var movein = event.movein();
        return new MoveInCompletedV1(movein.id(), movein.unitId(), movein.communityId(), movein.ownerResidentId(),
                event.archive().stream().map(e -> new Entry(e.kind().name(), e.code(), e.attachmentId())).toList(),
                event.completedAt());
    }
}
