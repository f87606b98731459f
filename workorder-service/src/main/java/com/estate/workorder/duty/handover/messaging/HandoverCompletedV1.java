package com.estate.workorder.duty.handover.messaging;

import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.Handover;
import com.estate.workorder.duty.domain.Resolution;
import com.estate.workorder.duty.domain.ShiftRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Integration event {@code com.estate.workorder.handover.completed.v1} (contract in infra/contracts). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HandoverCompletedV1(String handoverId, String communityId, ShiftRef outgoingShift,
        ShiftRef incomingShift, String outgoingStaffId, String incomingStaffId, List<EntryV1> entries,
        Map<Handover.MatterKind, Integer> openMatters, int tools, Instant completedAt) {

    public static final IntegrationEventType TYPE =
            new IntegrationEventType("com.estate.workorder.handover.completed.v1", "workorder.events");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntryV1(String entryId, Resolution resolution, String workOrderId) {
    }

    public static HandoverCompletedV1 of(Handover handover, List<DutyLogEntry> entries) {
        return new HandoverCompletedV1(handover.id(), handover.communityId(), handover.outgoingShift(),
                handover.incomingShift(), handover.outgoingStaffId(), handover.incomingStaffId(),
                entries.stream().map(entry -> new EntryV1(entry.id(), entry.routing().resolution(),
                        entry.routing().workOrderId())).toList(),
                handover.matterCounts(), handover.tools().size(), handover.acceptedAt());
    }
}
