package com.estate.resident.custody.messaging;

import com.estate.resident.custody.domain.Custody;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code com.estate.resident.custody.ended.v1}: the custody rate applies to the days from {@code startedOn} up to
 * but not including {@code endedOn}, both days in the community's {@code timeZone}.
 */
public record CustodyEndedV1(String custodyId, String communityId, String unitId, String ownerResidentId,
        LocalDate startedOn, LocalDate endedOn, String timeZone, String restoredStatus, Instant endedAt) {

    public static CustodyEndedV1 of(Custody custody, Instant now) {
        return new CustodyEndedV1(custody.id(), custody.communityId(), custody.unitId(), custody.ownerResidentId(),
                custody.startedOn(), custody.endedOn(), custody.timeZone().getId(), custody.replacedStatus().name(),
                now);
    }
}
