package com.estate.resident.community.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.estate.resident.community.domain.Community;
import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.community.updated.v1}; its contract is in infra/contracts. It carries
 * the community's whole current state and its revision, so a consumer overwrites what it keeps and ignores anything
 * older.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunityUpdatedV1(String communityId, String name, String timeZone, String address,
        SummerScheduleV1 summerSchedule, long communityRevision, List<String> changedFields, Instant updatedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.community.updated.v1", "resident.events");

    /** @param communityRevision the community's revision once this change is saved */
    public static CommunityUpdatedV1 of(Community.Change change, long communityRevision, Instant updatedAt) {
        Community community = change.community();
        return new CommunityUpdatedV1(community.id(), community.name(), community.timeZone().getId(),
                community.address(), SummerScheduleV1.of(community), communityRevision, change.changedFields(),
                updatedAt);
    }
}
