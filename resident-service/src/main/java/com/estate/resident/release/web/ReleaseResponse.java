package com.estate.resident.release.web;

import com.estate.resident.gatepass.GatePassView;
import com.estate.resident.release.domain.ReleaseApplication;
import com.estate.resident.release.domain.ReleaseItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application as the applicant and the desk see it; once approved, with its gate pass (code and QR payload). */
record ReleaseResponse(String id, String communityId, String unitId, String applicantKind, String applicantName,
        List<ReleaseItem> items, String carrierName, String vehiclePlate, LocalDate date, String status,
        String refusalReason, String decidedBy, Instant decidedAt, String createdBy, Instant createdAt,
        GatePassView gatePass) {

    static ReleaseResponse of(ReleaseApplication application, GatePassView gatePass) {
        return new ReleaseResponse(application.id(), application.communityId(), application.unitId(),
                application.applicantKind().name(), application.applicantName(), application.items(),
                application.carrierName(), application.vehiclePlate(), application.date(),
                application.status().name(), application.refusalReason(), application.decidedBy(),
                application.decidedAt(), application.createdBy(), application.createdAt(), gatePass);
    }
}
