package com.estate.workorder.duty.handover.web;

import com.estate.workorder.duty.domain.Handover;
import com.estate.workorder.duty.domain.ShiftKind;
import com.estate.workorder.duty.domain.ShiftRef;
import com.estate.workorder.duty.handover.Handovers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A handover as the outgoing person writes it: the shift handed over, who takes over, the open matters and the
 * tools. Its parties' acceptance and release are never bound from a body.
 */
record HandoverRequest(@NotBlank @Size(max = 64) String communityId, @NotNull LocalDate shiftDate,
        @NotNull ShiftKind shiftKind, @NotBlank @Size(max = 64) String incomingStaffId,
        @Size(max = 50) List<@Valid @NotNull MatterRequest> matters,
        @Size(max = 50) List<@Valid @NotNull ToolRequest> tools) {

    record MatterRequest(@NotNull Handover.MatterKind kind, @NotBlank @Size(max = 1000) String description,
            @Size(max = 64) String reference) {

        Handover.OpenMatter toMatter() {
            return new Handover.OpenMatter(kind, description, reference);
        }
    }

    record ToolRequest(@NotBlank @Size(max = 100) String item, @NotBlank @Size(max = 100) String holder,
            @Size(max = 300) String note) {

        Handover.Tool toTool() {
            return new Handover.Tool(item, holder, note);
        }
    }

    Handovers.Writing toWriting() {
        return new Handovers.Writing(communityId, new ShiftRef(shiftDate, shiftKind), incomingStaffId,
                matters == null ? List.of() : matters.stream().map(MatterRequest::toMatter).toList(),
                tools == null ? List.of() : tools.stream().map(ToolRequest::toTool).toList());
    }
}
