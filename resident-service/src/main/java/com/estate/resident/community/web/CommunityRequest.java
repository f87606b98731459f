package com.estate.resident.community.web;

import com.estate.resident.community.domain.Community;
import com.estate.resident.community.domain.SummerSchedule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param timeZone       an IANA zone id; Asia/Shanghai when absent
 * @param summerSchedule optional: the days of summer hours, e.g. {@code {"start":"05-01","end":"09-30"}}
 */
record CommunityRequest(@NotBlank @Size(max = 100) String name, @Size(max = 64) String timeZone,
        @Size(max = Community.MAX_ADDRESS_LENGTH) String address, @Valid SummerScheduleBody summerSchedule) {

    SummerSchedule summer() {
        return summerSchedule == null ? null : summerSchedule.toDomain();
    }
}
