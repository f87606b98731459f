package com.estate.resident.movein.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.movein.domain.MoveInEvent;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.movein.fees-requested.v1}; its contract is in infra/contracts.
 * Billing prices the items from the community's fee schedule and answers with bill.issued whose
 * {@code requestedBy} is {@code {kind: "move-in", id: caseId}}.
 */
public record FeesRequestedV1(String caseId, String unitId, String communityId, String accountHolderResidentId,
        List<Item> items, Instant requestedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.movein.fees-requested.v1", "resident.events");

    /** The {@code requestedBy.kind} billing copies onto the bill. */
    public static final String REQUESTED_BY_KIND = "move-in";

    public record Item(String code) {
    }

    static FeesRequestedV1 of(MoveInEvent.FeesRequested event) {
        var movein = event.movein();
        return new FeesRequestedV1(movein.id(), movein.unitId(), movein.communityId(), movein.ownerResidentId(),
                event.items().stream().map(Item::new).toList(), event.requestedAt());
    }
}
