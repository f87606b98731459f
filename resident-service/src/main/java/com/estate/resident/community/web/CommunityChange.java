package com.estate.resident.community.web;

import com.estate.resident.community.domain.Community;
import com.estate.resident.community.domain.SummerSchedule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** What PATCH /api/communities/{id} may change; an absent field stays as it is, at least one must be given. */
record CommunityChange(@Size(max = Community.MAX_ADDRESS_LENGTH) String address,
        @Valid SummerScheduleBody summerSchedule) {

    @AssertTrue(message = "give address or summerSchedule")
    boolean isAnythingGiven() {
        return address != null || summerSchedule != null;
    }

    SummerSchedule summer() {
        return summerSchedule == null ? null : summerSchedule.toDomain();
    }
}
