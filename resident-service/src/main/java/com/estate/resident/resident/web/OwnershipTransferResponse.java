package com.estate.resident.resident.web;

import com.estate.resident.resident.persistence.OwnershipTransferDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** @param endedResidentIds whose residence in the unit ended on {@code day} (old owners and their household) */
record OwnershipTransferResponse(String id, String unitId, LocalDate day, List<String> previousOwnerIds,
        List<String> newOwnerIds, List<String> endedResidentIds, String recordedBy, Instant recordedAt) {

    static OwnershipTransferResponse of(OwnershipTransferDocument transfer) {
        return new OwnershipTransferResponse(transfer.id(), transfer.unitId(), transfer.day(),
                transfer.previousOwnerIds(), transfer.newOwnerIds(), transfer.endedResidentIds(),
                transfer.recordedBy(), transfer.recordedAt());
    }
}
