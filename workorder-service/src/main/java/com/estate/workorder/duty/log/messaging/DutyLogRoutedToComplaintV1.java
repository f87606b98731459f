package com.estate.workorder.duty.log.messaging;

import com.estate.platform.core.pii.PiiMasks;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.ShiftKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Integration event {@code com.estate.workorder.dutylog.routed-to-complaint.v1} (contract in infra/contracts), for
 * complaint-service. No caller name or phone: ids, and the logged text with phone- and ID-shaped numbers masked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DutyLogRoutedToComplaintV1(String entryId, String communityId, String unitId, String residentId,
        String channel, Instant occurredAt, String summary, String actionTaken, Shift shift, String routedBy,
        Instant routedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.dutylog.routed-to-complaint.v1", "workorder.events");

    public record Shift(LocalDate date, ShiftKind kind) {
    }

    public static DutyLogRoutedToComplaintV1 of(DutyLogEntry entry) {
        return new DutyLogRoutedToComplaintV1(entry.id(), entry.communityId(), entry.unitId(), entry.residentId(),
                entry.channel().name().toLowerCase(java.util.Locale.ROOT), entry.occurredAt(),
                PiiMasks.maskPiiIn(entry.content()),
                entry.actionTaken() == null ? null : PiiMasks.maskPiiIn(entry.actionTaken()),
                new Shift(entry.shift().date(), entry.shift().kind()), entry.routing().by(), entry.routing().at());
    }
}
