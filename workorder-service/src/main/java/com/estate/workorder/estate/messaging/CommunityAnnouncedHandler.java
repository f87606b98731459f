package com.estate.workorder.estate.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.platform.events.InvalidEventException;
import com.estate.workorder.estate.persistence.CommunityFactsDocument;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@code estate_communities} from resident-service's community events, one handler per event type, both
 * overwriting by {@code communityRevision} (an older event, redelivered or replayed, changes nothing).
 */
class CommunityAnnouncedHandler implements EventHandler<CommunityAnnounced, CommunityFactsDocument> {

    private final IntegrationEventType type;

    CommunityAnnouncedHandler(String type) {
        this.type = new IntegrationEventType(type, "resident.events");
    }

    @Override
    public IntegrationEventType eventType() {
        return type;
    }

    @Override
    public Class<CommunityAnnounced> dataType() {
        return CommunityAnnounced.class;
    }

    @Override
    public Class<CommunityFactsDocument> documentType() {
        return CommunityFactsDocument.class;
    }

    @Override
    public Object documentId(CommunityAnnounced community) {
        return community.communityId();
    }

    @Override
    public CommunityFactsDocument newDocument(CommunityAnnounced community, CloudEvent event) {
        return CommunityFactsDocument.empty(community.communityId());
    }

    @Override
    public void apply(CommunityFactsDocument document, CommunityAnnounced community, CloudEvent event) {
        try {
            ZoneId.of(community.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidEventException("community " + community.communityId() + " has no valid time zone: "
                    + community.timeZone());
        }
        var summer = community.summerSchedule();
        document.overwrite(community.communityRevision(), community.timeZone(), summer == null ? null : summer.start(),
                summer == null ? null : summer.end());
    }

    @Configuration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        CommunityAnnouncedHandler communityRegisteredHandler() {
            return new CommunityAnnouncedHandler("com.estate.resident.community.registered.v1");
        }

        @Bean
        CommunityAnnouncedHandler communityUpdatedHandler() {
            return new CommunityAnnouncedHandler("com.estate.resident.community.updated.v1");
        }
    }
}
