package com.estate.billing.dunning.messaging;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.dunning.persistence.DunningAccountDocument;
import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import org.springframework.stereotype.Component;

/**
 * Keeps whether the owner lives in the unit (its status OCCUPIED), which decides whether stage 4, the home visit,
 * comes before the legal referral. Applied in the unit's revision order, so a replayed older update changes nothing.
 */
@Component
class UnitUpdatedHandler implements EventHandler<UnitUpdated, DunningAccountDocument> {

    static final IntegrationEventType UNIT_UPDATED = new IntegrationEventType("com.estate.resident.unit.updated.v1",
            "resident.events");

    @Override
    public IntegrationEventType eventType() {
        return UNIT_UPDATED;
    }

    @Override
    public Class<UnitUpdated> dataType() {
        return UnitUpdated.class;
    }

    @Override
    public Class<DunningAccountDocument> documentType() {
        return DunningAccountDocument.class;
    }

    @Override
    public Object documentId(UnitUpdated unit) {
        return FeeAccount.idFor(unit.unitId());
    }

    @Override
    public DunningAccountDocument newDocument(UnitUpdated unit, CloudEvent event) {
        return DunningAccountDocument.of(FeeAccount.idFor(unit.unitId()), unit.unitId(), unit.communityId());
    }

    @Override
    public void apply(DunningAccountDocument document, UnitUpdated unit, CloudEvent event) {
        document.occupancy(unit.livedIn(), unit.unitRevision());
    }
}
