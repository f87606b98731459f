package com.estate.workorder.estate.messaging;

import java.util.Objects;

/**
 * The fields workorder-service reads from {@code community.registered.v1} and {@code community.updated.v1} (tolerant
 * reader): both carry the community's whole current state and its {@code communityRevision}.
 */
record CommunityAnnounced(String communityId, String timeZone, SummerSchedule summerSchedule,
        long communityRevision) {

    /** Month-days {@code MM-dd}, both included. */
    record SummerSchedule(String start, String end) {
    }

    CommunityAnnounced {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
