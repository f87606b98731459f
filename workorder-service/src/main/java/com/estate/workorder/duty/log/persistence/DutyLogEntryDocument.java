package com.estate.workorder.duty.log.persistence;

import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.duty.domain.DutyLogEntry;
import com.estate.workorder.duty.domain.LogChannel;
import com.estate.workorder.duty.domain.Routing;
import com.estate.workorder.duty.domain.ShiftKind;
import com.estate.workorder.duty.domain.ShiftRef;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One duty-log entry; the caller's phone only encrypted (infra/ARCHITECTURE.md §9). */
@Document("duty_log_entries")
public class DutyLogEntryDocument extends AggregateDocument {

    @Id
    private String id;
    private String communityId;
    private LocalDate shiftDate;
    private ShiftKind shiftKind;
    private Instant occurredAt;
    private LogChannel channel;
    private String callerName;
    private String callerPhoneEncrypted;
    private String unitId;
    private String residentId;
    private String content;
    private String actionTaken;
    private String recordedBy;
    private Instant recordedAt;
    private Routing routing;

    protected DutyLogEntryDocument() {
    }

    public static DutyLogEntryDocument from(DutyLogEntry entry, FieldEncryptor encryptor) {
        DutyLogEntryDocument document = new DutyLogEntryDocument();
        document.id = entry.id();
        document.communityId = entry.communityId();
        document.shiftDate = entry.shift().date();
        document.shiftKind = entry.shift().kind();
        document.occurredAt = entry.occurredAt();
        document.channel = entry.channel();
        document.callerName = entry.callerName();
        document.callerPhoneEncrypted = entry.callerPhone() == null ? null : encryptor.encrypt(entry.callerPhone());
        document.unitId = entry.unitId();
        document.residentId = entry.residentId();
        document.content = entry.content();
        document.actionTaken = entry.actionTaken();
        document.recordedBy = entry.recordedBy();
        document.recordedAt = entry.recordedAt();
        document.routing = entry.routing();
        return document;
    }

    /** What may change once logged: where it went. */
    public void update(DutyLogEntry entry) {
        routing = entry.routing();
    }

    public DutyLogEntry toDomain(FieldEncryptor encryptor) {
        return new DutyLogEntry(id, communityId, new ShiftRef(shiftDate, shiftKind), occurredAt, channel, callerName,
                callerPhoneEncrypted == null ? null : encryptor.decrypt(callerPhoneEncrypted), unitId, residentId,
                content, actionTaken, recordedBy, recordedAt, routing);
    }

    public String communityId() {
        return communityId;
    }
}
