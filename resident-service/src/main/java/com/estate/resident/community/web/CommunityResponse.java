package com.estate.resident.community.web;

import com.estate.resident.community.domain.Community;
import java.time.Instant;

record CommunityResponse(String id, String name, String timeZone, String address,
        SummerScheduleBody summerSchedule, Instant createdAt) {

    static CommunityResponse of(Community community) {
        return new CommunityResponse(community.id(), community.name(), community.timeZone().getId(),
                community.address(), SummerScheduleBody.of(community.summerSchedule()), community.createdAt());
    }
}
