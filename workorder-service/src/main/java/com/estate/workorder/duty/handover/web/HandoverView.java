package com.estate.workorder.duty.handover.web;

import com.estate.platform.concurrency.Revised;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.Handover;
import com.estate.workorder.duty.domain.Resolution;
import com.estate.workorder.duty.domain.ShiftRef;
import java.time.Instant;
import java.util.List;

/** A handover with its log entries to resolve; {@code unresolved} counts those still open. */
record HandoverView(String id, String communityId, ShiftRef outgoingShift, ShiftRef incomingShift,
        String outgoingStaffId, String incomingStaffId, Handover.Status status, List<EntryView> entries,
        int unresolved, List<Handover.OpenMatter> matters, List<Handover.Tool> tools, Instant createdAt,
        Instant acceptedAt, Instant releasedAt) {

    /** An entry by id, what it was about, and where it went ({@code resolution} null while open). */
    record EntryView(String entryId, Instant occurredAt, String content, boolean open, Resolution resolution,
            String workOrderId, String etag) {
    }

    static HandoverView of(Revised<Handover> revised, List<Revised<DutyLogEntry>> entries) {
        Handover handover = revised.value();
        List<EntryView> views = entries.stream().map(entry -> {
            DutyLogEntry value = entry.value();
            return new EntryView(value.id(), value.occurredAt(), value.content(), value.open(),
                    value.open() ? null : value.routing().resolution(),
                    value.open() ? null : value.routing().workOrderId(),
                    com.estate.platform.concurrency.Etags.of(entry.revision()));
        }).toList();
        return new HandoverView(handover.id(), handover.communityId(), handover.outgoingShift(),
                handover.incomingShift(), handover.outgoingStaffId(), handover.incomingStaffId(), handover.status(),
                views, (int) views.stream().filter(EntryView::open).count(), handover.matters(), handover.tools(),
                handover.createdAt(), handover.acceptedAt(), handover.releasedAt());
    }
}
