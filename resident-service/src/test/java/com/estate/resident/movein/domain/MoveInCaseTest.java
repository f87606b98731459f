package com.estate.resident.movein.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The step order and checklist rules of a move-in, without Spring. */
class MoveInCaseTest {

    private static final Done DESK = new Done("agent", Instant.parse("2026-12-01T02:00:00Z"));
    private static final Done OWNER = new Done("owner", Instant.parse("2026-12-01T03:00:00Z"));
    private static final Set<String> AGREEMENTS = Set.of("community-regulations", "property-service-agreement");

    private static MoveInCase open(OwnerType type, boolean proxy) {
        return MoveInCase.open("case-1", "c-1", "u-1", "r-1", type, proxy, DESK);
    }

    private static MoveInCase documented(MoveInCase movein) {
        for (SubmittedDocument document : movein.documents()) {
            movein = movein.attachDocument(document.type(), "scan-" + document.type(), DESK).movein();
            movein = movein.verifyDocument(document.type(), DESK).movein();
        }
        return movein;
    }

    private static List<SignedAgreement> agreements() {
        return AGREEMENTS.stream().map(code -> new SignedAgreement(code, Signer.OWNER, LocalDate.of(2026, 12, 1),
                "scan-" + code)).toList();
    }

    private static MoveInCase registered() {
        return documented(open(OwnerType.PERSON, false)).register("form", agreements(), AGREEMENTS,
                List.of("property-management-fee"), DESK).movein();
    }

    private static MoveInCase paid() {
        return registered().billIssued("bill-1", new BigDecimal("1234.50"), LocalDate.of(2026, 12, 15)).movein()
                .billPaid("bill-1", new BigDecimal("1234.50"), Instant.parse("2026-12-01T04:00:00Z")).movein();
    }

    private static MoveInCase readingsConfirmed() {
        MoveInCase movein = paid().handOver(2, true, true, DESK).movein().acknowledgeHandover(OWNER).movein();
        return movein.recordReadings(new BigDecimal("12.5"), new BigDecimal("300.25"), BigDecimal.ZERO, DESK).movein()
                .confirmReadings(OWNER).movein();
    }

    private static MoveInCase.Finding leak() {
        return new MoveInCase.Finding("kitchen", "drainage", "sink drain leaks", List.of("photo-1"));
    }

    @Test
    void theChecklistFollowsOwnerTypeAndProxy() {
        assertThat(DocumentType.checklist(OwnerType.PERSON, false)).containsExactly(DocumentType.MOVE_IN_NOTICE,
                DocumentType.PURCHASE_CONTRACT, DocumentType.OWNER_ID);
        assertThat(DocumentType.checklist(OwnerType.PERSON, true)).containsExactly(DocumentType.MOVE_IN_NOTICE,
                DocumentType.PURCHASE_CONTRACT, DocumentType.OWNER_ID, DocumentType.PROXY_ID,
                DocumentType.POWER_OF_ATTORNEY);
        assertThat(DocumentType.checklist(OwnerType.COMPANY, false)).containsExactly(DocumentType.MOVE_IN_NOTICE,
                DocumentType.PURCHASE_CONTRACT, DocumentType.COMPANY_CERTIFICATE, DocumentType.PERSONAL_ID);
    }

    @Test
    void aNewCaseWaitsForEveryDocumentAndRefusesOnesNotOnItsChecklist() {
        MoveInCase movein = open(OwnerType.PERSON, false);
        assertThat(movein.step()).isEqualTo(Step.DOCUMENTS);
        assertThat(movein.waitingFor()).containsExactly("upload-document:MOVE_IN_NOTICE",
                "upload-document:PURCHASE_CONTRACT", "upload-document:OWNER_ID");
        assertThatThrownBy(() -> movein.attachDocument(DocumentType.COMPANY_CERTIFICATE, "x", DESK))
                .isInstanceOf(MoveInRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "move-in-document-not-required");
        assertThatThrownBy(() -> movein.verifyDocument(DocumentType.OWNER_ID, DESK))
                .isInstanceOf(StepOutOfOrderException.class);
        MoveInCase uploaded = movein.attachDocument(DocumentType.OWNER_ID, "scan", DESK).movein();
        assertThat(uploaded.waitingFor()).contains("verify-document:OWNER_ID");
    }

    @Test
    void aNewScanMustBeVerifiedAgain() {
        MoveInCase movein = open(OwnerType.PERSON, false)
                .attachDocument(DocumentType.OWNER_ID, "scan-1", DESK).movein()
                .verifyDocument(DocumentType.OWNER_ID, DESK).movein()
                .attachDocument(DocumentType.OWNER_ID, "scan-2", DESK).movein();
        assertThat(movein.waitingFor()).contains("verify-document:OWNER_ID");
    }

    @Test
    @SuppressWarnings("unchecked")
    void registrationBeforeTheDocumentsAreVerifiedSaysWhatIsMissing() {
        MoveInCase movein = open(OwnerType.COMPANY, true);
        assertThatThrownBy(() -> movein.register("form", agreements(), AGREEMENTS, List.of("fee"), DESK))
                .isInstanceOfSatisfying(StepOutOfOrderException.class, e -> {
                    assertThat(e.code()).isEqualTo("move-in-step-out-of-order");
                    assertThat(e.properties()).containsEntry("currentStep", "DOCUMENTS");
                    assertThat((List<Object>) e.properties().get("missing")).hasSize(6)
                            .contains("upload-document:POWER_OF_ATTORNEY");
                });
    }

    @Test
    void registrationNeedsEveryRequiredAgreementAndRequestsTheFees() {
        MoveInCase documented = documented(open(OwnerType.PERSON, false));
        assertThatThrownBy(() -> documented.register("form", agreements().subList(0, 1), AGREEMENTS, List.of("fee"),
                DESK)).hasFieldOrPropertyWithValue("code", "move-in-agreement-missing");
        List<SignedAgreement> byProxy = agreements().stream().map(a -> new SignedAgreement(a.code(), Signer.PROXY,
                a.signedOn(), a.attachmentId())).toList();
        assertThatThrownBy(() -> documented.register("form", byProxy, AGREEMENTS, List.of("fee"), DESK))
                .hasFieldOrPropertyWithValue("code", "move-in-no-proxy");

        var change = documented.register("form", agreements(), AGREEMENTS, List.of("property-management-fee"), DESK);
        assertThat(change.movein().step()).isEqualTo(Step.FEES);
        assertThat(change.movein().waitingFor()).containsExactly("bill-issued");
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(MoveInEvent.FeesRequested.class,
                e -> assertThat(e.items()).containsExactly("property-management-fee"));
    }

    @Test
    void keysWaitForTheBillToBePaidAndTheRefusalNamesIt() {
        MoveInCase issued = registered().billIssued("bill-1", new BigDecimal("1234.50"), LocalDate.of(2026, 12, 15))
                .movein();
        assertThat(issued.waitingFor()).containsExactly("bill-paid:bill-1");
        assertThatThrownBy(() -> issued.handOver(2, true, true, DESK))
                .isInstanceOfSatisfying(BillUnpaidException.class, e -> {
                    assertThat(e.properties()).containsEntry("billId", "bill-1").containsEntry("total", "1234.50");
                });
        assertThatThrownBy(() -> registered().handOver(2, true, true, DESK))
                .isInstanceOf(StepOutOfOrderException.class);
    }

    @Test
    void aLateOrRepeatedBillIssuedNeverUndoesThePayment() {
        MoveInCase paid = paid();
        MoveInCase again = paid.billIssued("bill-1", new BigDecimal("1234.50"), LocalDate.of(2026, 12, 15)).movein();
        assertThat(again).isEqualTo(paid);
        assertThat(again.step()).isEqualTo(Step.HANDOVER);
        // paid announced before issued (a replay): still paid, with the paid event's total
        MoveInCase paidFirst = registered().billPaid("bill-2", new BigDecimal("99.00"), Instant.now()).movein();
        assertThat(paidFirst.fees().total()).isEqualByComparingTo("99.00");
        assertThat(paidFirst.step()).isEqualTo(Step.HANDOVER);
    }

    @Test
    void theOwnerAcknowledgesTheHandoverAndConfirmsTheReadingsWhichArePublished() {
        MoveInCase handedOver = paid().handOver(2, true, true, DESK).movein();
        assertThat(handedOver.waitingFor()).containsExactly("owner-acknowledges-handover");
        assertThatThrownBy(() -> handedOver.recordReadings(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, DESK))
                .isInstanceOf(StepOutOfOrderException.class);
        MoveInCase acknowledged = handedOver.acknowledgeHandover(OWNER).movein();
        assertThatThrownBy(() -> acknowledged.confirmReadings(OWNER)).isInstanceOf(StepOutOfOrderException.class);
        var confirmed = acknowledged.recordReadings(new BigDecimal("12.5"), BigDecimal.TEN, BigDecimal.ZERO, DESK)
                .movein().confirmReadings(OWNER);
        assertThat(confirmed.movein().step()).isEqualTo(Step.INSPECTION);
        assertThat(confirmed.events()).singleElement().isInstanceOf(MoveInEvent.ReadingsConfirmed.class);
    }

    @Test
    void inspectionFindingsMustBeOnTheChecklistAndEachIsReported() {
        MoveInCase ready = readingsConfirmed();
        var unknown = new MoveInCase.Finding("garage", "door", "dent", List.of());
        assertThatThrownBy(() -> ready.inspect("form", List.of(unknown), InspectionChecklist.standard(), DESK))
                .hasFieldOrPropertyWithValue("code", "move-in-inspection-item-unknown");
        var change = ready.inspect("form", List.of(leak(), new MoveInCase.Finding("bedroom", "walls", "crack",
                List.of())), InspectionChecklist.standard(), DESK);
        assertThat(change.events()).hasSize(2).allMatch(e -> e instanceof MoveInEvent.DefectReported);
        assertThat(change.movein().waitingFor()).containsExactly("work-order-completed:case-1:1",
                "work-order-completed:case-1:2");
    }

    @Test
    void anInspectionWithoutDefectsLeadsStraightToCompletion() {
        MoveInCase inspected = readingsConfirmed().inspect("form", List.of(), InspectionChecklist.standard(), DESK)
                .movein();
        assertThat(inspected.step()).isEqualTo(Step.COMPLETION);
        var completed = inspected.complete(DESK);
        assertThat(completed.movein().step()).isEqualTo(Step.DONE);
        assertThat(completed.movein().isOpen()).isFalse();
        assertThat(completed.movein().archive()).extracting(ArchiveEntry::kind).containsExactly(
                ArchiveEntry.Kind.MOVE_IN_NOTICE, ArchiveEntry.Kind.PURCHASE_CONTRACT, ArchiveEntry.Kind.ID_COPY,
                ArchiveEntry.Kind.SIGNED_AGREEMENT, ArchiveEntry.Kind.SIGNED_AGREEMENT,
                ArchiveEntry.Kind.REGISTRATION_FORM, ArchiveEntry.Kind.ACCEPTANCE_FORM);
        assertThatThrownBy(() -> completed.movein().complete(DESK))
                .hasFieldOrPropertyWithValue("code", "move-in-step-done");
    }

    @Test
    void aCompanyWithAProxyArchivesItsCertificateThePersonalIdAndTheProxysPapers() {
        MoveInCase movein = documented(open(OwnerType.COMPANY, true));
        List<SignedAgreement> byProxy = agreements().stream().map(a -> new SignedAgreement(a.code(), Signer.PROXY,
                a.signedOn(), a.attachmentId())).toList();
        movein = movein.register("form", byProxy, AGREEMENTS, List.of("fee"), DESK).movein();
        assertThat(movein.archive()).extracting(ArchiveEntry::kind).containsExactly(ArchiveEntry.Kind.MOVE_IN_NOTICE,
                ArchiveEntry.Kind.PURCHASE_CONTRACT, ArchiveEntry.Kind.COMPANY_CERTIFICATE, ArchiveEntry.Kind.ID_COPY,
                ArchiveEntry.Kind.PROXY_ID, ArchiveEntry.Kind.POWER_OF_ATTORNEY, ArchiveEntry.Kind.SIGNED_AGREEMENT,
                ArchiveEntry.Kind.SIGNED_AGREEMENT, ArchiveEntry.Kind.REGISTRATION_FORM);
        assertThat(movein.archive()).allMatch(entry -> entry.attachmentId().startsWith("scan-")
                || entry.attachmentId().equals("form"));
    }

    @Test
    void aDefectGoesThroughItsWorkOrderTheReInspectionAndTheOwnersSignOff() {
        MoveInCase inspected = readingsConfirmed().inspect("form", List.of(leak()), InspectionChecklist.standard(),
                DESK).movein();
        assertThatThrownBy(() -> inspected.signOff(1, OWNER)).isInstanceOf(DefectNotReadyException.class);
        MoveInCase inRepair = inspected.orderChanged(1, "wo-1", 1, "OPEN", Instant.now()).movein();
        assertThat(inRepair.inspection().defects().getFirst().status()).isEqualTo(DefectStatus.IN_REPAIR);
        var fixed = inRepair.orderChanged(1, "wo-1", 3, "COMPLETED", Instant.now());
        assertThat(fixed.events()).singleElement().isInstanceOf(MoveInEvent.ReInspectionRequested.class);
        // an older event of the order, arriving late, changes nothing
        var stale = fixed.movein().orderChanged(1, "wo-1", 2, "IN_PROGRESS", Instant.now());
        assertThat(stale.movein()).isEqualTo(fixed.movein());
        assertThat(stale.events()).isEmpty();
        assertThat(fixed.movein().waitingFor()).containsExactly("re-inspection-appointment:case-1:1");
        assertThatThrownBy(() -> fixed.movein().signOff(1, OWNER)).isInstanceOf(DefectNotReadyException.class);

        MoveInCase booked = fixed.movein().bookReInspection(1, Instant.parse("2026-12-05T02:00:00Z"),
                DESK).movein();
        assertThat(booked.waitingFor()).containsExactly("owner-sign-off:case-1:1");
        MoveInCase accepted = booked.signOff(1, OWNER).movein();
        assertThat(accepted.step()).isEqualTo(Step.COMPLETION);
    }

    @Test
    void aReopenedDefectIsReportedAgainNamingItsOrder() {
        MoveInCase booked = readingsConfirmed().inspect("form", List.of(leak()), InspectionChecklist.standard(), DESK)
                .movein().orderChanged(1, "wo-1", 2, "COMPLETED", Instant.now()).movein()
                .bookReInspection(1, Instant.parse("2026-12-05T02:00:00Z"), DESK).movein();
        var reopened = booked.reopen(1, "still leaks", OWNER);
        assertThat(reopened.events()).singleElement().isInstanceOfSatisfying(MoveInEvent.DefectReported.class, e -> {
            assertThat(e.defect().reports()).isEqualTo(2);
            assertThat(e.previousOrderId()).isEqualTo("wo-1");
        });
        Defect defect = reopened.movein().inspection().defects().getFirst();
        assertThat(defect.status()).isEqualTo(DefectStatus.REPORTED);
        // the same order reopened, then completed again
        MoveInCase again = reopened.movein().orderChanged(1, "wo-1", 3, "REOPENED", Instant.now()).movein()
                .orderChanged(1, "wo-1", 4, "COMPLETED", Instant.now()).movein();
        assertThat(again.inspection().defects().getFirst().status()).isEqualTo(DefectStatus.FIXED);
    }

    @Test
    void defectIdsLeadBackToTheirCase() {
        String id = Defect.idOf("5f1c-case", 3);
        assertThat(Defect.caseIdOf(id)).isEqualTo("5f1c-case");
        assertThat(Defect.numberOf(id)).isEqualTo(3);
        assertThat(Defect.caseIdOf("nonsense")).isNull();
        assertThat(Defect.numberOf("case:x")).isEqualTo(-1);
    }

    @Test
    void theStandardChecklistHasTheManualsRooms() {
        InspectionChecklist standard = InspectionChecklist.standard();
        assertThat(standard.rooms()).extracting(InspectionChecklist.Room::code).contains("kitchen", "bathroom",
                "living-room");
        assertThat(standard.contains("bathroom", "waterproofing")).isTrue();
        assertThat(standard.contains("balcony", "waterproofing")).isFalse();
    }
}
