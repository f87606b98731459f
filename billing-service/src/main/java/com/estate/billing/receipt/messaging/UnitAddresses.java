package com.estate.billing.receipt.messaging;

import com.estate.billing.receipt.persistence.UnitAddressDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Keeps each unit's address for its receipts (收费票据 names the house paid for), once per event, from
 * {@code unit.registered}: the only event that says where a unit is (tolerant reader of its three fields).
 */
@Component
class UnitAddresses implements EventHandler<UnitAddresses.UnitRegistered, UnitAddressDocument> {

    /** The fields of {@code com.estate.resident.unit.registered.v1} a receipt prints. */
    record UnitRegistered(String unitId, String communityId, String building, String entrance, String unitNumber) {

        UnitRegistered {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(communityId, "communityId");
        }
    }

    private static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.unit.registered.v1", "resident.events");

    @Override
    public IntegrationEventType eventType() {
        return TYPE;
    }

    @Override
    public Class<UnitRegistered> dataType() {
        return UnitRegistered.class;
    }

    @Override
    public Class<UnitAddressDocument> documentType() {
        return UnitAddressDocument.class;
    }

    @Override
    public Object documentId(UnitRegistered unit) {
        return unit.unitId();
    }

    @Override
    public UnitAddressDocument newDocument(UnitRegistered unit, CloudEvent event) {
        return UnitAddressDocument.of(unit.unitId(), unit.communityId());
    }

    @Override
    public void apply(UnitAddressDocument document, UnitRegistered unit, CloudEvent event) {
        document.place(unit.building(), unit.entrance(), unit.unitNumber());
    }
}
