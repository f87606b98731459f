package com.estate.workorder.duty.domain;

import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.util.Objects;

/**
 * One call or visit the person on duty logged (工作日志 / 夜间值班记录表): when, who called (name and phone stay in
 * this service, the phone encrypted), which unit, what was said and what was done; then where it went. An entry is
 * resolved once: a second routing answers 409 naming the first.
 *
 * @param shift the shift whose log holds the entry: the one running when the call or visit happened
 */
public record DutyLogEntry(String id, String communityId, ShiftRef shift, Instant occurredAt, LogChannel channel,
        String callerName, String callerPhone, String unitId, String residentId, String content, String actionTaken,
        String recordedBy, Instant recordedAt, Routing routing) {

    public DutyLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean open() {
        return routing == null;
    }

    /**
     * @throws ConflictException     when it was resolved before
     * @throws BusinessRuleException when a closing has no reason, or a work order no id
     */
    public DutyLogEntry resolve(Routing how) {
        if (!open()) {
            throw new ConflictException("duty-entry-resolved", "already resolved", id, routing.resolution());
        }
        if (how.resolution() == Resolution.CLOSED && (how.reason() == null || how.reason().isBlank())) {
            throw new BusinessRuleException("duty-entry-close-reason", "a reason is needed", id);
        }
        if (how.resolution() == Resolution.WORK_ORDER && how.workOrderId() == null) {
            throw new IllegalArgumentException("a work-order routing names its order");
        }
        return new DutyLogEntry(id, communityId, shift, occurredAt, channel, callerName, callerPhone, unitId,
                residentId, content, actionTaken, recordedBy, recordedAt, how);
    }
}
