package com.estate.billing.unit.messaging;

import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;

/**
 * A resident-service event that changes billing's facts of one unit, applied once per event id on the unit's
 * {@code billing_units} document (created by whichever of the unit's events arrives first: resident-service keys
 * unit events by the unit and move-in events by the case, so their order across topics' partitions is not given).
 */
abstract class UnitFactsHandler<D extends UnitScoped> implements EventHandler<D, BillingUnitDocument> {

    private final IntegrationEventType type;
    private final Class<D> dataType;

    UnitFactsHandler(String type, Class<D> dataType) {
        this.type = new IntegrationEventType(type, "resident.events");
        this.dataType = dataType;
    }

    @Override
    public IntegrationEventType eventType() {
        return type;
    }

    @Override
    public Class<D> dataType() {
        return dataType;
    }

    @Override
    public Class<BillingUnitDocument> documentType() {
        return BillingUnitDocument.class;
    }

    @Override
    public Object documentId(D data) {
        return data.unitId();
    }

    @Override
    public BillingUnitDocument newDocument(D data, CloudEvent event) {
        return BillingUnitDocument.of(data.unitId(), data.communityId());
    }
}
