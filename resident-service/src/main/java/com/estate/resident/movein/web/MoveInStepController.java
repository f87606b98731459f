package com.estate.resident.movein.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import com.estate.resident.movein.InspectionChecklists;
import com.estate.resident.movein.MoveInFiles;
import com.estate.resident.movein.MoveInProperties;
import com.estate.resident.movein.MoveIns;
import com.estate.resident.movein.domain.DocumentType;
import com.estate.resident.movein.domain.MoveInCase;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a case, each with {@code If-Match} and answered with the case and its new {@code ETag}. The desk
 * records what happens at the counter; the owner (a resident's token) acknowledges the handover, confirms the
 * readings and signs off or reopens each repaired defect.
 */
@RestController
class MoveInStepController {

    private static final String DESK = MoveInController.DESK;
    private static final String OWNER = "hasRole('RESIDENT')";

    private final MoveIns moveIns;
    private final MoveInFiles files;
    private final InspectionChecklists checklists;
    private final MoveInProperties properties;

    MoveInStepController(MoveIns moveIns, MoveInFiles files, InspectionChecklists checklists,
            MoveInProperties properties) {
        this.moveIns = moveIns;
        this.files = files;
        this.checklists = checklists;
        this.properties = properties;
    }

    @PutMapping("/api/move-ins/{caseId}/documents/{type}")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> attachDocument(@PathVariable UUID caseId, @PathVariable DocumentType type,
            @Valid @RequestBody MoveInRequests.DocumentScan request, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, (movein, done) -> {
            files.requireUploaded(movein.id(), List.of(request.attachmentId()));
            return movein.attachDocument(type, request.attachmentId(), done);
        }));
    }

    @PostMapping("/api/move-ins/{caseId}/documents/{type}/verify")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> verifyDocument(@PathVariable UUID caseId, @PathVariable DocumentType type,
            IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch,
                (movein, done) -> movein.verifyDocument(type, done)));
    }

    /** The registration form and signed agreements; the case then asks billing for the move-in fees. */
    @PostMapping("/api/move-ins/{caseId}/registration")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> register(@PathVariable UUID caseId,
            @Valid @RequestBody MoveInRequests.Registration request, IfMatch ifMatch, Caller caller) {
        List<String> scans = new ArrayList<>(List.of(request.formAttachmentId()));
        request.agreements().forEach(agreement -> scans.add(agreement.attachmentId()));
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, (movein, done) -> {
            files.requireUploaded(movein.id(), scans);
            return movein.register(request.formAttachmentId(),
                    request.agreements().stream().map(MoveInRequests.Agreement::toDomain).toList(),
                    properties.requiredAgreements(), properties.feeItems(), done);
        }));
    }

    @PostMapping("/api/move-ins/{caseId}/handover")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> handOver(@PathVariable UUID caseId,
            @Valid @RequestBody MoveInRequests.Handover request, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, (movein, done) -> movein.handOver(
                request.keys(), request.residentHandbook(), request.waterElectricDrawings(), done)));
    }

    @PostMapping("/api/move-ins/{caseId}/handover/acknowledge")
    @PreAuthorize(OWNER)
    ResponseEntity<MoveInResponse> acknowledgeHandover(@PathVariable UUID caseId, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, MoveInCase::acknowledgeHandover));
    }

    @PostMapping("/api/move-ins/{caseId}/meter-readings")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> recordReadings(@PathVariable UUID caseId,
            @Valid @RequestBody MoveInRequests.Readings request, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, (movein, done) -> movein.recordReadings(
                request.water(), request.electricity(), request.gas(), done)));
    }

    @PostMapping("/api/move-ins/{caseId}/meter-readings/confirm")
    @PreAuthorize(OWNER)
    ResponseEntity<MoveInResponse> confirmReadings(@PathVariable UUID caseId, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, MoveInCase::confirmReadings));
    }

    /** The inspection against the community's checklist; every defect is published for a work order. */
    @PostMapping("/api/move-ins/{caseId}/inspection")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> inspect(@PathVariable UUID caseId,
            @Valid @RequestBody MoveInRequests.Inspection request, IfMatch ifMatch, Caller caller) {
        List<MoveInCase.Finding> findings = request.defects().stream().map(MoveInRequests.Finding::toDomain).toList();
        List<String> scans = new ArrayList<>(List.of(request.acceptanceFormAttachmentId()));
        findings.forEach(finding -> scans.addAll(finding.photoAttachmentIds()));
        return answer(moveIns.step(caller, caseId.toString(), ifMatch, (movein, done) -> {
            files.requireUploaded(movein.id(), scans);
            return movein.inspect(request.acceptanceFormAttachmentId(), findings,
                    checklists.forInspection(movein.communityId()), done);
        }));
    }

    @PostMapping("/api/move-ins/{caseId}/defects/{number}/re-inspection")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> bookReInspection(@PathVariable UUID caseId, @PathVariable int number,
            @Valid @RequestBody MoveInRequests.Appointment request, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch,
                (movein, done) -> movein.bookReInspection(number, request.at().toInstant(), done)));
    }

    @PostMapping("/api/move-ins/{caseId}/defects/{number}/sign-off")
    @PreAuthorize(OWNER)
    ResponseEntity<MoveInResponse> signOff(@PathVariable UUID caseId, @PathVariable int number, IfMatch ifMatch,
            Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch,
                (movein, done) -> movein.signOff(number, done)));
    }

    @PostMapping("/api/move-ins/{caseId}/defects/{number}/reopen")
    @PreAuthorize(OWNER)
    ResponseEntity<MoveInResponse> reopen(@PathVariable UUID caseId, @PathVariable int number,
            @Valid @RequestBody MoveInRequests.Reopen request, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.step(caller, caseId.toString(), ifMatch,
                (movein, done) -> movein.reopen(number, request.reason(), done)));
    }

    /** The unit becomes occupied, the archive is complete, and the move-in is announced. */
    @PostMapping("/api/move-ins/{caseId}/completion")
    @PreAuthorize(DESK)
    ResponseEntity<MoveInResponse> complete(@PathVariable UUID caseId, IfMatch ifMatch, Caller caller) {
        return answer(moveIns.complete(caller, caseId.toString(), ifMatch));
    }

    private static ResponseEntity<MoveInResponse> answer(Revised<MoveInCase> movein) {
        return Etags.ok(movein, MoveInResponse::of);
    }
}
