package com.estate.resident.renovation.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.renovation.domain.Renovation;
import java.time.Instant;

/**
 * Integration event {@code com.estate.resident.renovation.completed.v1}: the owner reports the works finished;
 * maintenance schedules the acceptance inspection.
 */
public record RenovationCompletedV1(String renovationId, String communityId, String unitId, String permitNumber,
        Instant completedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.renovation.completed.v1", "resident.events");

    public static RenovationCompletedV1 of(Renovation renovation) {
        return new RenovationCompletedV1(renovation.id(), renovation.communityId(), renovation.unitId(),
                renovation.permit().number(), renovation.completedAt());
    }
}
