package com.estate.resident.renovation.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.resident.renovation.domain.Renovation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Integration event {@code com.estate.resident.renovation.permitted.v1} (contract in infra/contracts): maintenance
 * and security learn that works may start (workorder-service schedules the inspections).
 */
public record RenovationPermittedV1(String renovationId, String communityId, String unitId, String permitNumber,
        LocalDate startDate, LocalDate endDate, List<Work> works, boolean authorityApprovalRequired,
        String contractorName, Instant permittedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.resident.renovation.permitted.v1", "resident.events");

    /** A declared work, with the flags that tell inspectors to watch the structure and the load. */
    public record Work(String description, boolean changesStructure, boolean addsLoad) {
    }

    public static RenovationPermittedV1 of(Renovation renovation) {
        return new RenovationPermittedV1(renovation.id(), renovation.communityId(), renovation.unitId(),
                renovation.permit().number(), renovation.startDate(), renovation.endDate(),
                renovation.works().stream().map(w -> new Work(w.description(), w.changesStructure(), w.addsLoad()))
                        .toList(),
                renovation.needsAuthorityApproval(),
                renovation.contractor() == null ? null : renovation.contractor().name(),
                renovation.permit().issuedAt());
    }
}
