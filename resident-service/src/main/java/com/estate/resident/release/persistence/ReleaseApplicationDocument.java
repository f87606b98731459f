package com.estate.resident.release.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.release.domain.ApplicantKind;
import com.estate.resident.release.domain.ReleaseApplication;
import com.estate.resident.release.domain.ReleaseItem;
import com.estate.resident.release.domain.ReleaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An item-release application; its gate pass is a document of its own ({@code gate_passes}). */
@Document("release_applications")
public class ReleaseApplicationDocument extends AggregateDocument {

    @Id
    private String id;
    private String communityId;
    private String unitId;
    private ApplicantKind applicantKind;
    private String applicantName;
    private List<ReleaseItem> items;
    private String carrierName;
    private String vehiclePlate;
    private LocalDate date;
    private ReleaseStatus status;
    private String refusalReason;
    private String decidedBy;
    private Instant decidedAt;
    private String gatePassId;
    private String createdBy;
    private Instant createdAt;

    protected ReleaseApplicationDocument() {
    }

    public static ReleaseApplicationDocument from(ReleaseApplication application) {
        ReleaseApplicationDocument document = new ReleaseApplicationDocument();
        document.id = application.id();
        document.communityId = application.communityId();
        document.unitId = application.unitId();
        document.applicantKind = application.applicantKind();
        document.applicantName = application.applicantName();
        document.items = application.items();
        document.carrierName = application.carrierName();
        document.vehiclePlate = application.vehiclePlate();
        document.date = application.date();
        document.createdBy = application.createdBy();
        document.createdAt = application.createdAt();
        document.update(application);
        return document;
    }

    /** The decision is all that changes after submission. */
    public void update(ReleaseApplication application) {
        status = application.status();
        refusalReason = application.refusalReason();
        decidedBy = application.decidedBy();
        decidedAt = application.decidedAt();
        gatePassId = application.gatePassId();
    }

    public ReleaseApplication toDomain() {
        return new ReleaseApplication(id, communityId, unitId, applicantKind, applicantName, items, carrierName,
                vehiclePlate, date, status, refusalReason, decidedBy, decidedAt, gatePassId, createdBy, createdAt);
    }
}
