package com.estate.workorder.duty.handover.web;

import com.estate.workorder.duty.domain.Handover;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The outgoing person's corrected matters and tools (both replaced). */
record RewriteRequest(@NotNull @Size(max = 50) List<HandoverRequest.@Valid @NotNull MatterRequest> matters,
        @NotNull @Size(max = 50) List<HandoverRequest.@Valid @NotNull ToolRequest> tools) {

    List<Handover.OpenMatter> toMatters() {
        return matters.stream().map(HandoverRequest.MatterRequest::toMatter).toList();
    }

    List<Handover.Tool> toTools() {
        return tools.stream().map(HandoverRequest.ToolRequest::toTool).toList();
    }
}
