package com.estate.resident.gatepass.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.gatepass.domain.GatePass;
import com.estate.resident.gatepass.domain.PassKind;
import com.estate.resident.gatepass.domain.PassSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A gate pass. The code is unique (the gate finds the pass by it: one unique-index read, also on the stand-in).
 * {@code claims} counts the attempts to use a single-use pass; the attempt that finds it at 0 is the one use
 * ({@code GatePasses#check}).
 */
@Document("gate_passes")
public class GatePassDocument extends AggregateDocument {

    public static final String CLAIMS = "claims";

    @Id
    private String id;

    @Indexed(unique = true)
    private String code;

    private PassKind kind;
    private String communityId;
    private String unitId;
    private String sourceKind;
    private String sourceId;
    private String holder;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String zone;
    private Instant issuedAt;
    private String issuedBy;
    private Instant usedAt;
    private String usedBy;
    private Instant revokedAt;
    private String revokedBy;
    private String revocationReason;
    private long claims;

    protected GatePassDocument() {
    }

    public static GatePassDocument from(GatePass pass) {
        GatePassDocument document = new GatePassDocument();
        document.id = pass.id();
        document.code = pass.code();
        document.kind = pass.kind();
        document.communityId = pass.communityId();
        document.unitId = pass.unitId();
        document.sourceKind = pass.source().kind();
        document.sourceId = pass.source().id();
        document.holder = pass.holder();
        document.validFrom = pass.validFrom();
        document.validUntil = pass.validUntil();
        document.zone = pass.zone().getId();
        document.issuedAt = pass.issuedAt();
        document.issuedBy = pass.issuedBy();
        document.update(pass);
        return document;
    }

    /** What may change once issued: its use and its revocation. */
    public void update(GatePass pass) {
        usedAt = pass.usedAt();
        usedBy = pass.usedBy();
        revokedAt = pass.revokedAt();
        revokedBy = pass.revokedBy();
        revocationReason = pass.revocationReason();
    }

    public String id() {
        return id;
    }

    public GatePass toDomain() {
        return new GatePass(id, code, kind, communityId, unitId, new PassSource(sourceKind, sourceId), holder,
                validFrom, validUntil, ZoneId.of(zone), issuedAt, issuedBy, usedAt, usedBy, revokedAt, revokedBy,
                revocationReason);
    }
}
