package com.estate.resident.resident.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.resident.domain.ResidentRegistered;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.resident.registered.v1}; its contract is in infra/contracts. The
 * phone only as {@code phoneHash} (the gateway matches a log-in by it), never the number. A person registered later
 * for more units gets another one, for those units, with the next {@code residentVersion}: the gateway adds them to
 * the units the resident logs in with.
 */
public record ResidentRegisteredV1(String residentId, String communityId, List<String> unitIds, Relation relation,
        String phoneHash, Instant registeredAt, long residentVersion) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.resident.registered.v1", "resident.events");

    public static ResidentRegisteredV1 of(ResidentRegistered event, String phoneHash) {
        var resident = event.resident();
        return new ResidentRegisteredV1(resident.id(), resident.communityId(), event.unitIds(), event.relation(),
                phoneHash, event.registeredAt(), event.residentVersion());
    }
}
