package com.estate.resident.custody.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.CustodyReading;
import com.estate.resident.custody.domain.CustodyStatus;
import com.estate.resident.custody.domain.MeterReadings;
import com.estate.resident.custody.domain.Patrol;
import com.estate.resident.custody.domain.PatrolRequest;
import com.estate.resident.unit.domain.UnitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A custody with its readings, patrol requests and patrols, and its pending events (outbox). {@code activeUnitId}
 * is the unit's id while the custody is active and absent once it ended: unique and sparse, so a unit is in at
 * most one active custody, however many ended ones it has, and two desks starting one at once get one 409.
 */
@Document("custody")
public class CustodyDocument extends AggregateDocument {

    @Id
    String id;

    String communityId;

    String timeZone;

    String unitId;

    @Indexed(unique = true, sparse = true)
    String activeUnitId;

    String ownerResidentId;

    String agreementAttachmentId;

    LocalDate startedOn;

    MeterReadings startReadings;

    UnitStatus replacedStatus;

    CustodyStatus status;

    LocalDate endedOn;

    List<CustodyReading> readings;

    List<PatrolRequest> patrolRequests;

    List<Patrol> patrols;

    String startedBy;

    Instant startedAt;

    protected CustodyDocument() {
    }

    public String id() {
        return id;
    }

    public static CustodyDocument from(Custody custody) {
        CustodyDocument document = new CustodyDocument();
        document.id = custody.id();
        document.communityId = custody.communityId();
        document.timeZone = custody.timeZone().getId();
        document.unitId = custody.unitId();
        document.ownerResidentId = custody.ownerResidentId();
        document.agreementAttachmentId = custody.agreementAttachmentId();
        document.startedOn = custody.startedOn();
        document.startReadings = custody.startReadings();
        document.startedBy = custody.startedBy();
        document.startedAt = custody.startedAt();
        document.update(custody);
        return document;
    }

    /** Copies what changes during custody. */
    public void update(Custody custody) {
        replacedStatus = custody.replacedStatus();
        status = custody.status();
        activeUnitId = custody.isActive() ? custody.unitId() : null;
        endedOn = custody.endedOn();
        readings = custody.readings();
        patrolRequests = custody.patrolRequests();
        patrols = custody.patrols();
    }

    public Custody toDomain() {
        return new Custody(id, communityId, ZoneId.of(timeZone), unitId, ownerResidentId, agreementAttachmentId,
                startedOn, startReadings, replacedStatus, status, endedOn, readings, patrolRequests, patrols,
                startedBy, startedAt);
    }
}
