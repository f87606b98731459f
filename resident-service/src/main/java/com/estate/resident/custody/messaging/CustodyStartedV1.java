package com.estate.resident.custody.messaging;

import com.estate.resident.custody.domain.Custody;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code com.estate.resident.custody.started.v1} (contract in infra/contracts): billing charges the property fee
 * at the custody rate from {@code startedOn}, a day in the community's {@code timeZone}.
 */
public record CustodyStartedV1(String custodyId, String communityId, String unitId, String ownerResidentId,
        LocalDate startedOn, String timeZone, Readings startReadings, String replacedStatus, Instant startedAt) {

    /** Decimal strings, never numbers that a consumer might read as a double. */
    public record Readings(String water, String electricity) {
    }

    public static CustodyStartedV1 of(Custody custody) {
        return new CustodyStartedV1(custody.id(), custody.communityId(), custody.unitId(), custody.ownerResidentId(),
                custody.startedOn(), custody.timeZone().getId(),
                new Readings(custody.startReadings().water().toPlainString(),
                        custody.startReadings().electricity().toPlainString()),
                custody.replacedStatus().name(), custody.startedAt());
    }
}
