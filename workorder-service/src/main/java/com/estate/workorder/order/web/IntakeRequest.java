package com.estate.workorder.order.web;

import com.estate.platform.core.pii.validation.MainlandMobile;
import com.estate.workorder.order.WorkOrderDesk;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.TimeWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A repair reported by a resident or taken in at the desk: a unit, or a public area. The requester is the caller;
 * a resident's channel is the app whatever the body says. Nothing else of the order can be set here.
 */
record IntakeRequest(
        @NotBlank @Size(max = 64) String communityId,
        @Size(max = 64) String unitId,
        @Size(max = 200) String publicArea,
        @Size(max = 100) String contactName,
        @MainlandMobile String contactPhone,
        @NotBlank @Size(max = 50) String category,
        @NotBlank @Size(max = 2000) String description,
        @Valid Window preferredWindow,
        Boolean emergency,
        Channel channel) {

    record Window(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to) {

        TimeWindow toDomain() {
            return new TimeWindow(from.toInstant(), to.toInstant());
        }
    }

    WorkOrderDesk.Report report() {
        return new WorkOrderDesk.Report(communityId, unitId == null || unitId.isBlank() ? null : unitId, publicArea,
                contactName, contactPhone, category, description,
                preferredWindow == null ? null : preferredWindow.toDomain(), Boolean.TRUE.equals(emergency), channel);
    }
}
