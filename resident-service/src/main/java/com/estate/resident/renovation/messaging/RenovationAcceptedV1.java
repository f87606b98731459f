package com.estate.resident.renovation.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.renovation.domain.Renovation;
import java.time.Instant;

/**
 * Integration event {@code com.estate.resident.renovation.accepted.v1}: the property accepted the finished works;
 * monitoring ends.
 */
public record RenovationAcceptedV1(String renovationId, String communityId, String unitId, String permitNumber,
        Instant acceptedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.renovation.accepted.v1", "resident.events");

    public static RenovationAcceptedV1 of(Renovation renovation) {
        return new RenovationAcceptedV1(renovation.id(), renovation.communityId(), renovation.unitId(),
                renovation.permit().number(), renovation.acceptedAt());
    }
}
