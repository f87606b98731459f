package com.estate.resident.movein.web;

import com.estate.resident.movein.domain.ArchiveEntry;
import com.estate.resident.movein.domain.Defect;
import com.estate.resident.movein.domain.Done;
import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.domain.SubmittedDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the desk and the owner see it: where it is, what it waits for, and every step with who did it and when.
 * Amounts and readings are decimal strings.
 */
record MoveInResponse(String id, String communityId, String unitId, String ownerResidentId, String ownerType,
        boolean withProxy, boolean open, String step, List<String> waitingFor, Done opened,
        List<Document> documents, Registration registration, Fees fees, Handover handover, Readings meterReadings,
        Inspection inspection, Done completed, List<Archived> archive) {

    record Document(String type, String attachmentId, String href, Done uploaded, Done verified) {
    }

    record Agreement(String code, String signedBy, LocalDate signedOn, String attachmentId) {
    }

    record Registration(String formAttachmentId, List<Agreement> agreements, Done recorded) {
    }

    record Fees(List<String> items, Instant requestedAt, String billId, String total, String currency,
            LocalDate dueDate, Instant paidAt) {
    }

    record Handover(int keys, boolean residentHandbook, boolean waterElectricDrawings, Done handedOver,
            Done acknowledged) {
    }

    record Readings(String water, String electricity, String gas, Done recorded, Done confirmed) {
    }

    record DefectView(String id, int number, String room, String item, String description,
            List<String> photoAttachmentIds, String status, int reports, String orderId, Instant fixedAt,
            Instant reInspectionAt, Done booked, Done accepted, String reopenReason) {
    }

    record Inspection(String acceptanceFormAttachmentId, List<DefectView> defects, Done inspected) {
    }

    record Archived(String kind, String code, String attachmentId, String href) {
    }

    static MoveInResponse of(MoveInCase c) {
        String files = "/api/move-ins/" + c.id() + "/attachments/";
        var registration = c.registration() == null ? null : new Registration(c.registration().formAttachmentId(),
                c.registration().agreements().stream().map(a -> new Agreement(a.code(), a.signedBy().name(),
                        a.signedOn(), a.attachmentId())).toList(), c.registration().recorded());
        var fees = c.fees() == null ? null : new Fees(c.fees().items(), c.fees().requestedAt(), c.fees().billId(),
                amount(c.fees().total()), "CNY", c.fees().dueDate(), c.fees().paidAt());
        var handover = c.handover() == null ? null : new Handover(c.handover().keys(), c.handover().residentHandbook(),
                c.handover().waterElectricDrawings(), c.handover().handedOver(), c.handover().acknowledged());
        var readings = c.readings() == null ? null : new Readings(c.readings().water().toPlainString(),
                c.readings().electricity().toPlainString(), c.readings().gas().toPlainString(),
                c.readings().recorded(), c.readings().confirmed());
        var inspection = c.inspection() == null ? null : new Inspection(c.inspection().acceptanceFormAttachmentId(),
                c.inspection().defects().stream().map(d -> defect(c.id(), d)).toList(), c.inspection().inspected());
        return new MoveInResponse(c.id(), c.communityId(), c.unitId(), c.ownerResidentId(), c.ownerType().name(),
                c.withProxy(), c.isOpen(), c.step().name(), c.waitingFor(), c.opened(),
                c.documents().stream().map(d -> document(files, d)).toList(), registration, fees, handover, readings,
                inspection, c.completed(), c.archive().stream().map(e -> archived(files, e)).toList());
    }

    private static Document document(String files, SubmittedDocument d) {
        return new Document(d.type().name(), d.attachmentId(), d.attachmentId() == null ? null : files + d.attachmentId(),
                d.uploaded(), d.verified());
    }

    private static DefectView defect(String caseId, Defect d) {
        return new DefectView(Defect.idOf(caseId, d.number()), d.number(), d.room(), d.item(), d.description(),
                d.photoAttachmentIds(), d.status().name(), d.reports(), d.orderId(), d.fixedAt(), d.reInspectionAt(),
                d.booked(), d.accepted(), d.reopenReason());
    }

    private static Archived archived(String files, ArchiveEntry e) {
        return new Archived(e.kind().name(), e.code(), e.attachmentId(), files + e.attachmentId());
    }

    private static String amount(BigDecimal total) {
        return total == null ? null : total.toPlainString();
    }
}
