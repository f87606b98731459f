package com.estate.resident.resident.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.resident.domain.ResidentMovedOut;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.resident.moved-out.v1}; its contract is in infra/contracts. The
 * resident's access to the units listed ends at {@code movedOutAt}, when the move-out was recorded.
 */
public record ResidentMovedOutV1(String residentId, String communityId, List<String> unitIds, Instant movedOutAt,
        long residentVersion) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.resident.moved-out.v1", "resident.events");

    public static ResidentMovedOutV1 of(ResidentMovedOut event) {
        var resident = event.resident();
        return new ResidentMovedOutV1(resident.id(), resident.communityId(), event.unitIds(), event.movedOutAt(),
                event.residentVersion());
    }
}
