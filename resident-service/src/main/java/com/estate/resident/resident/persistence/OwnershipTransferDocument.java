package com.estate.resident.resident.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recorded change of a unit's owners, kept as history beside the residences it ended and began (which are the
 * source of who lived where; this says why).
 */
@Document("ownership_transfers")
public record OwnershipTransferDocument(@Id String id, String communityId, String unitId, LocalDate day,
        List<String> previousOwnerIds, List<String> newOwnerIds, List<String> endedResidentIds, String recordedBy,
        Instant recordedAt) {
}
