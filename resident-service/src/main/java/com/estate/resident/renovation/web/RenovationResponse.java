package com.estate.resident.renovation.web;

import com.estate.resident.renovation.domain.Applicant;
import com.estate.resident.renovation.domain.AttachedDocument;
import com.estate.resident.renovation.domain.Contractor;
import com.estate.resident.renovation.domain.DeclaredWork;
import com.estate.resident.renovation.domain.Inspection;
import com.estate.resident.renovation.domain.Renovation;
import com.estate.resident.renovation.domain.Review;
import com.estate.resident.renovation.domain.WorkLogEntry;
import com.estate.resident.renovation.domain.WorkerPass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A renovation case as the owner and the staff of its community see it. */
record RenovationResponse(String id, String communityId, String unitId, String status, Applicant applicant,
        List<DeclaredWork> works, boolean authorityApprovalRequired, LocalDate startDate, LocalDate endDate,
        Contractor contractor, List<String> workers, RulesBody.RulesView acknowledgedRules,
        List<DocumentView> documents, Review review, PermitView permit, List<WorkerPass> workerPasses,
        List<WorkLogEntry> workLog, List<Inspection> inspections, Instant completedAt, String completedBy,
        Instant acceptedAt, String acceptedBy, String acceptanceRemarks, String createdBy, Instant createdAt) {

    /** An archived document, with where to download it. */
    record DocumentView(String attachmentId, String purpose, String filename, String contentType, long size,
            String uploadedBy, Instant uploadedAt, String href) {
    }

    record PermitView(String number, Fee wasteFee, String unitStatusBefore, String issuedBy, Instant issuedAt) {
    }

    record Fee(String amount, String currency) {
    }

    static RenovationResponse of(Renovation r) {
        var permit = r.permit() == null ? null : new PermitView(r.permit().number(),
                new Fee(r.permit().wasteFee().toPlainString(), r.permit().wasteFee().currency()),
                r.permit().unitStatus(), r.permit().issuedBy(), r.permit().issuedAt());
        return new RenovationResponse(r.id(), r.communityId(), r.unitId(), r.status().name(), r.applicant(),
                r.works(), r.needsAuthorityApproval(), r.startDate(), r.endDate(), r.contractor(), r.workers(),
                RulesBody.of(r.acknowledgedRules()), r.documents().stream().map(d -> document(r, d)).toList(),
                r.review(), permit, r.workerPasses(), r.workLog(), r.inspections(), r.completedAt(),
                r.completedBy(), r.acceptedAt(), r.acceptedBy(), r.acceptanceRemarks(), r.createdBy(),
                r.createdAt());
    }

    private static DocumentView document(Renovation r, AttachedDocument d) {
        return new DocumentView(d.attachmentId(), d.purpose().name(), d.filename(), d.contentType(), d.size(),
                d.uploadedBy(), d.uploadedAt(), "/api/renovations/" + r.id() + "/attachments/" + d.attachmentId());
    }
}
