package com.estate.resident.charge;

import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.money.Money;
import java.time.Instant;

/**
 * Integration event {@code com.estate.resident.charge.requested.v1} (contract in infra/contracts): a one-off charge
 * this service asks billing to bill to a unit (a renovation's waste-removal fee, and whatever other process needs
 * one). {@code chargeId} is derived from the requesting record and the item, so a repeated request is the same
 * charge and billing bills it once.
 *
 * @param amount decimal string with two places
 */
public record ChargeRequestedV1(String chargeId, String communityId, String unitId, String itemCode, String amount,
        String currency, String reason, Source source, Instant requestedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.charge.requested.v1", "resident.events");

    /** The record that asks for the charge, e.g. {@code {kind: "renovation", id: <renovation id>}}. */
    public record Source(String kind, String id) {
    }

    public static ChargeRequestedV1 of(Source source, String itemCode, String communityId, String unitId, Money amount,
            String reason, Instant now) {
        return new ChargeRequestedV1(DerivedIds.of("charge", itemCode + "/" + source.kind() + "/" + source.id()),
                communityId, unitId, itemCode, amount.toPlainString(), amount.currency(), reason, source, now);
    }
}
