package com.estate.resident.community.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.resident.community.domain.Community;
import java.time.Instant;

/**
 * Integration event {@code com.estate.resident.community.registered.v1}; its contract is in infra/contracts.
 * workorder-service plans duty shifts from it (time zone, summer schedule).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunityRegisteredV1(String communityId, String name, String timeZone, String address,
        SummerScheduleV1 summerSchedule, long communityRevision, Instant registeredAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.community.registered.v1", "resident.events");

    public static CommunityRegisteredV1 of(Community community) {
        return new CommunityRegisteredV1(community.id(), community.name(), community.timeZone().getId(),
                community.address(), SummerScheduleV1.of(community), 1, community.createdAt());
    }
}
