package com.estate.workorder.duty.log.web;

import com.estate.platform.core.pii.validation.MainlandMobile;
import com.estate.workorder.duty.domain.LogChannel;
import com.estate.workorder.duty.log.DutyLog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A call or visit as the person on duty logs it; {@code occurredAt} defaults to now. Who logged it and when are the
 * service's, never bound from the body.
 */
record LogEntryRequest(@NotBlank @Size(max = 64) String communityId, OffsetDateTime occurredAt,
        @NotNull LogChannel channel, @Size(max = 60) String callerName, @MainlandMobile String callerPhone,
        @Size(max = 64) String unitId, @Size(max = 64) String residentId, @NotBlank @Size(max = 2000) String content,
        @Size(max = 2000) String actionTaken, @Valid RouteRequest route) {

    DutyLog.Call toCall() {
        return new DutyLog.Call(communityId, occurredAt == null ? null : occurredAt.toInstant(), channel, callerName,
                callerPhone, unitId, residentId, content, actionTaken);
    }
}
