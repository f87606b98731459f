package com.estate.workorder.estate.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.estate.persistence.UnitFactsDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@code estate_units} (community and handover date) from resident-service's unit events, overwriting by
 * {@code unitRevision}, so a late {@code unit.registered} never undoes a handover date set since.
 */
class UnitAnnouncedHandler implements EventHandler<UnitAnnounced, UnitFactsDocument> {

    private final IntegrationEventType type;

    UnitAnnouncedHandler(String type) {
        this.type = new IntegrationEventType(type, "resident.events");
    }

    @Override
    public IntegrationEventType eventType() {
        return type;
    }

    @Override
    public Class<UnitAnnounced> dataType() {
        return UnitAnnounced.class;
    }

    @Override
    public Class<UnitFactsDocument> documentType() {
        return UnitFactsDocument.class;
    }

    @Override
    public Object documentId(UnitAnnounced unit) {
        return unit.unitId();
    }

    @Override
    public UnitFactsDocument newDocument(UnitAnnounced unit, CloudEvent event) {
        return UnitFactsDocument.empty(unit.unitId(), unit.communityId());
    }

    @Override
    public void apply(UnitFactsDocument document, UnitAnnounced unit, CloudEvent event) {
        document.overwrite(unit.revision(), unit.communityId(), unit.handoverDate());
    }

    @Configuration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        UnitAnnouncedHandler unitRegisteredHandler() {
            return new UnitAnnouncedHandler("com.estate.resident.unit.registered.v1");
        }

        @Bean
        UnitAnnouncedHandler unitUpdatedHandler() {
            return new UnitAnnouncedHandler("com.estate.resident.unit.updated.v1");
        }
    }
}
