package com.estate.workorder.duty.log.web;

import com.estate.platform.concurrency.Revised;
import com.estate.platform.core.pii.MaskedPhone;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.LogChannel;
import com.estate.workorder.duty.domain.Routing;
import com.estate.workorder.duty.domain.ShiftRef;
import java.time.Instant;

/** A duty-log entry as staff read it: the phone masked for roles that do not need it; {@code open} until resolved. */
record LogEntryView(String id, String communityId, ShiftRef shift, Instant occurredAt, LogChannel channel,
        String callerName, MaskedPhone callerPhone, String unitId, String residentId, String content,
        String actionTaken, String recordedBy, Instant recordedAt, boolean open, Routing routing, String etag) {

    static LogEntryView of(Revised<DutyLogEntry> revised) {
        DutyLogEntry entry = revised.value();
        return new LogEntryView(entry.id(), entry.communityId(), entry.shift(), entry.occurredAt(), entry.channel(),
                entry.callerName(), entry.callerPhone() == null ? null : MaskedPhone.of(entry.callerPhone()),
                entry.unitId(), entry.residentId(), entry.content(), entry.actionTaken(), entry.recordedBy(),
                entry.recordedAt(), entry.open(), entry.routing(),
                com.estate.platform.concurrency.Etags.of(revised.revision()));
    }
}
