package com.estate.resident.movein.domain;

import com.estate.platform.problem.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A move-in (入住) of one owner into one unit as a tracked process: each step in the manual's order
 * (infra/BUSINESS-RULES.md §1), recording who did it and when. A step is done only when the one before it is ({@link
 * #step()} is the first one not done); asking for another answers what the case still waits for. Every change returns
 * the next case and the events it raises; nothing here reads a clock or a database.
 *
 * @param ownerResidentId the owner, registered as a resident ({@code OWNER}) of the unit before the case opens
 */
public record MoveInCase(String id, String communityId, String unitId, String ownerResidentId, OwnerType ownerType,
        boolean withProxy, Done opened, List<SubmittedDocument> documents, Registration registration, Fees fees,
        Handover handover, MeterReadings readings, Inspection inspection, Done completed) {

    public MoveInCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(ownerResidentId, "ownerResidentId");
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(opened, "opened");
        documents = List.copyOf(documents);
    }

    /** A change of the case: the case after it and what it raised. */
    public record Change(MoveInCase movein, List<MoveInEvent> events) {

        public Change {
            events = List.copyOf(events);
        }
    }

    public static MoveInCase open(String id, String communityId, String unitId, String ownerResidentId,
            OwnerType ownerType, boolean withProxy, Done opened) {
        List<SubmittedDocument> checklist = DocumentType.checklist(ownerType, withProxy).stream()
                .map(SubmittedDocument::missing).toList();
        return new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened, checklist, null,
                null, null, null, null, null);
    }

    /** The first step not done yet. */
    public Step step() {
        if (!documents.stream().allMatch(SubmittedDocument::isVerified)) {
            return Step.DOCUMENTS;
        }
        if (registration == null) {
            return Step.REGISTRATION;
        }
        if (fees == null || !fees.isPaid()) {
            return Step.FEES;
        }
        if (handover == null || !handover.isAcknowledged()) {
            return Step.HANDOVER;
        }
        if (readings == null || !readings.isConfirmed()) {
            return Step.METER_READINGS;
        }
        if (inspection == null || !inspection.isAccepted()) {
            return Step.INSPECTION;
        }
        return completed == null ? Step.COMPLETION : Step.DONE;
    }

    public boolean isOpen() {
        return completed == null;
    }

    /** What the case waits for at its current step, as codes a client can show ({@code verify-document:OWNER_ID}). */
    public List<String> waitingFor() {
        return switch (step()) {
            case DOCUMENTS -> documents.stream().filter(d -> !d.isVerified())
                    .map(d -> (d.attachmentId() == null ? "upload-document:" : "verify-document:") + d.type())
                    .toList();
            case REGISTRATION -> List.of("registration");
            case FEES -> fees == null || !fees.isIssued() ? List.of("bill-issued") : List.of("bill-paid:" + fees.billId());
            case HANDOVER -> handover == null ? List.of("handover") : List.of("owner-acknowledges-handover");
            case METER_READINGS -> readings == null ? List.of("meter-readings") : List.of("owner-confirms-readings");
            case INSPECTION -> inspection == null ? List.of("inspection")
                    : inspection.defects().stream().flatMap(d -> d.waitingFor(id).stream()).toList();
            case COMPLETION -> List.of("completion");
            case DONE -> List.of();
        };
    }

    // ---- 1. documents ----

    /** A scan of one checklist document; a new scan replaces an earlier one until the documents are all verified. */
    public Change attachDocument(DocumentType type, String attachmentId, Done by) {
        require(Step.DOCUMENTS);
        document(type);
        return change(withDocuments(type, d -> d.withScan(attachmentId, by)));
    }

    public Change verifyDocument(DocumentType type, Done by) {
        require(Step.DOCUMENTS);
        if (document(type).attachmentId() == null) {
            throw new StepOutOfOrderException(Step.DOCUMENTS, Step.DOCUMENTS, List.of("upload-document:" + type));
        }
        return change(withDocuments(type, d -> d.verifiedBy(by)));
    }

    private SubmittedDocument document(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst()
                .orElseThrow(() -> new MoveInRefusedException("move-in-document-not-required",
                        type + " is not on this case's checklist", type.name(),
                        String.join(", ", documents.stream().map(d -> d.type().name()).toList())));
    }

    private MoveInCase withDocuments(DocumentType type, UnaryOperator<SubmittedDocument> change) {
        return new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened,
                documents.stream().map(d -> d.type() == type ? change.apply(d) : d).toList(), registration, fees,
                handover, readings, inspection, completed);
    }

    // ---- 2. registration, and with it 3. the fees request ----

    /**
     * The registration form and the signed agreements; once recorded, billing is asked for the move-in fees.
     *
     * @param requiredAgreements the agreement codes every owner signs (configured per suite)
     * @param feeItems           the fee item codes billing prices from its fee schedule
     */
    public Change register(String formAttachmentId, List<SignedAgreement> agreements, Set<String> requiredAgreements,
            List<String> feeItems, Done by) {
        require(Step.REGISTRATION);
        List<String> missing = requiredAgreements.stream()
                .filter(code -> agreements.stream().noneMatch(a -> a.code().equals(code))).sorted().toList();
        if (!missing.isEmpty()) {
            throw new MoveInRefusedException("move-in-agreement-missing", "agreements not signed: " + missing,
                    String.join(", ", missing));
        }
        if (!withProxy && agreements.stream().anyMatch(a -> a.signedBy() == Signer.PROXY)) {
            throw new MoveInRefusedException("move-in-no-proxy", "this case has no proxy to sign");
        }
        MoveInCase next = new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened,
                documents, new Registration(formAttachmentId, agreements, by), Fees.requested(feeItems, by.at()),
                handover, readings, inspection, completed);
        return new Change(next, List.of(new MoveInEvent.FeesRequested(next, feeItems, by.at())));
    }

    /** Billing issued the bill for the fees; a repeated or late announcement changes nothing. */
    public Change billIssued(String billId, BigDecimal total, LocalDate dueDate) {
        if (fees == null) {
            throw new IllegalStateException("case " + id + " requested no fees, yet bill " + billId + " answers it");
        }
        return change(withFees(fees.issued(billId, total, dueDate)));
    }

    public Change billPaid(String billId, BigDecimal total, Instant paidAt) {
        if (fees == null) {
            throw new IllegalStateException("case " + id + " requested no fees, yet bill " + billId + " answers it");
        }
        return change(withFees(fees.paid(billId, total, paidAt)));
    }

    private MoveInCase withFees(Fees next) {
        return new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened, documents,
                registration, next, handover, readings, inspection, completed);
    }

    // ---- 4. handover ----

    /** Keys, handbook and drawings, handed over once the move-in bill is paid (409 naming the bill before). */
    public Change handOver(int keys, boolean residentHandbook, boolean waterElectricDrawings, Done by) {
        if (step() == Step.FEES && fees != null && fees.isIssued()) {
            throw new BillUnpaidException(fees.billId(), fees.total());
        }
        require(Step.HANDOVER);
        if (handover != null) {
            throw new StepOutOfOrderException(Step.HANDOVER, Step.HANDOVER, waitingFor());
        }
        return change(withHandover(new Handover(keys, residentHandbook, waterElectricDrawings, by, null)));
    }

    public Change acknowledgeHandover(Done by) {
        require(Step.HANDOVER);
        if (handover == null) {
            throw new StepOutOfOrderException(Step.HANDOVER, Step.HANDOVER, waitingFor());
        }
        return change(withHandover(new Handover(handover.keys(), handover.residentHandbook(),
                handover.waterElectricDrawings(), handover.handedOver(), by)));
    }

    private MoveInCase withHandover(Handover next) {
        return new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened, documents,
                registration, fees, next, readings, inspection, completed);
    }

    // ---- 5. meter readings ----

    /** Staff read the meters; a correction before the owner confirmed replaces the readings. */
    public Change recordReadings(BigDecimal water, BigDecimal electricity, BigDecimal gas, Done by) {
        require(Step.METER_READINGS);
        return change(withReadings(new MeterReadings(water, electricity, gas, by, null)));
    }

    /** The owner agrees: the readings are final and published for billing. */
    public Change confirmReadings(Done by) {
        require(Step.METER_READINGS);
        if (readings == null) {
            throw new StepOutOfOrderException(Step.METER_READINGS, Step.METER_READINGS, waitingFor());
        }
        MeterReadings confirmed = new MeterReadings(readings.water(), readings.electricity(), readings.gas(),
                readings.recorded(), by);
        MoveInCase next = withReadings(confirmed);
        return new Change(next, List.of(new MoveInEvent.ReadingsConfirmed(next, confirmed)));
    }

    private MoveInCase withReadings(MeterReadings next) {
        return new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened, documents,
                registration, fees, handover, next, inspection, completed);
    }

    // ---- 6. inspection and defects ----

    /** What an inspector found wrong: a room and item of the checklist, what is wrong, photos. */
    public record Finding(String room, String item, String description, List<String> photoAttachmentIds) {
    }

    /** The inspection, once: every finding becomes a defect, reported for a work order. */
    public Change inspect(String acceptanceFormAttachmentId, List<Finding> findings, InspectionChecklist checklist,
            Done by) {
        require(Step.INSPECTION);
        if (inspection != null) {
            throw new StepOutOfOrderException(Step.INSPECTION, Step.INSPECTION, waitingFor());
        }
        List<Defect> defects = new ArrayList<>();
        for (Finding finding : findings) {
            if (!checklist.contains(finding.room(), finding.item())) {
                throw new MoveInRefusedException("move-in-inspection-item-unknown",
                        finding.room() + "/" + finding.item() + " is not on the inspection checklist",
                        finding.room(), finding.item());
            }
            defects.add(Defect.reported(defects.size() + 1, finding.room(), finding.item(), finding.description(),
                    finding.photoAttachmentIds()));
        }
        MoveInCase next = withInspection(new Inspection(acceptanceFormAttachmentId, defects, by));
        return new Change(next, defects.stream()
                .<MoveInEvent>map(d -> new MoveInEvent.DefectReported(next, d, null, by.at())).toList());
    }

    /**
     * workorder-service moved the order following a defect: older events than the last applied change nothing, a
     * completed order asks the owner for a re-inspection.
     */
    public Change orderChanged(int defectNumber, String orderId, long orderRevision, String orderStatus,
            Instant changedAt) {
        Defect defect = defectOrThrow(defectNumber);
        if (!defect.isCurrentOrder(orderId, orderRevision)) {
            return change(this);
        }
        List<String> past = defect.pastOrdersWhenSwitchingTo(orderId);
        DefectStatus next = switch (orderStatus) {
            case "COMPLETED" -> defect.status() == DefectStatus.REPORTED || defect.status() == DefectStatus.IN_REPAIR
                    ? DefectStatus.FIXED : defect.status();
            case "OPEN", "ASSIGNED", "IN_PROGRESS", "PAUSED", "REOPENED" ->
                    defect.status() == DefectStatus.ACCEPTED ? defect.status() : DefectStatus.IN_REPAIR;
            default -> defect.status(); // accepted, disputed, cancelled there: the owner's sign-off here decides
        };
        boolean fixedNow = next == DefectStatus.FIXED && defect.status() != DefectStatus.FIXED;
        Defect changed = defect.with(next, orderId, orderRevision, past, fixedNow ? changedAt : defect.fixedAt(),
                next == DefectStatus.IN_REPAIR ? null : defect.reInspectionAt(),
                next == DefectStatus.IN_REPAIR ? null : defect.booked(), defect.accepted(), defect.reports(),
                defect.reopenReason());
        MoveInCase after = withInspection(inspection.withDefect(changed));
        return new Change(after, fixedNow ? List.of(new MoveInEvent.ReInspectionRequested(after, changed)) : List.of());
    }

    /** The desk books the re-inspection with the owner, for a defect its work order fixed. */
    public Change bookReInspection(int defectNumber, Instant at, Done by) {
        Defect defect = openDefect(defectNumber, Set.of(DefectStatus.FIXED, DefectStatus.RE_INSPECTION_BOOKED));
        Defect changed = defect.with(DefectStatus.RE_INSPECTION_BOOKED, defect.orderId(), defect.orderRevision(),
                defect.pastOrderIds(), defect.fixedAt(), at, by, null, defect.reports(), defect.reopenReason());
        MoveInCase after = withInspection(inspection.withDefect(changed));
        return new Change(after, List.of(new MoveInEvent.ReInspectionBooked(after, changed, at)));
    }

    /** The owner accepts the repair at the re-inspection. */
    public Change signOff(int defectNumber, Done by) {
        Defect defect = openDefect(defectNumber, Set.of(DefectStatus.RE_INSPECTION_BOOKED));
        return change(withInspection(inspection.withDefect(defect.with(DefectStatus.ACCEPTED, defect.orderId(),
                defect.orderRevision(), defect.pastOrderIds(), defect.fixedAt(), defect.reInspectionAt(),
                defect.booked(), by, defect.reports(), defect.reopenReason()))));
    }

    /** The owner does not accept the repair: the defect is reported again, naming the order to reopen. */
    public Change reopen(int defectNumber, String reason, Done by) {
        Defect defect = openDefect(defectNumber, Set.of(DefectStatus.FIXED, DefectStatus.RE_INSPECTION_BOOKED));
        Defect changed = defect.with(DefectStatus.REPORTED, defect.orderId(), defect.orderRevision(),
                defect.pastOrderIds(), null, null, null, null, defect.reports() + 1, reason);
        MoveInCase after = withInspection(inspection.withDefect(changed));
        return new Change(after, List.of(new MoveInEvent.DefectReported(after, changed, defect.orderId(), by.at())));
    }

    private Defect openDefect(int number, Set<DefectStatus> allowed) {
        if (step() != Step.INSPECTION) {
            throw new StepOutOfOrderException(Step.INSPECTION, step(), waitingFor());
        }
        Defect defect = defectOrThrow(number);
        if (!allowed.contains(defect.status())) {
            String defectId = Defect.idOf(id, number);
            throw new DefectNotReadyException(defectId, defect.status(),
                    defect.status() == DefectStatus.ACCEPTED ? List.of() : defect.waitingFor(id));
        }
        return defect;
    }

    private Defect defectOrThrow(int number) {
        return (inspection == null ? List.<Defect>of() : inspection.defects()).stream()
                .filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("defect", Defect.idOf(id, number)));
    }

    private MoveInCase withInspection(Inspection next) {
        return new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened, documents,
                registration, fees, handover, readings, next, completed);
    }

    // ---- 7. completion ----

    /** Every step done: the archive is complete, and the unit is occupied (the caller moves its status). */
    public Change complete(Done by) {
        require(Step.COMPLETION);
        MoveInCase next = new MoveInCase(id, communityId, unitId, ownerResidentId, ownerType, withProxy, opened,
                documents, registration, fees, handover, readings, inspection, by);
        return new Change(next, List.of(new MoveInEvent.Completed(next, next.archive(), by.at())));
    }

    /**
     * The resident archive as far as the case got: every verified document, the signed agreements, the registration
     * form and the acceptance form, each with its stored scan.
     */
    public List<ArchiveEntry> archive() {
        List<ArchiveEntry> archive = new ArrayList<>();
        documents.stream().filter(SubmittedDocument::isVerified)
                .forEach(d -> archive.add(new ArchiveEntry(ArchiveEntry.Kind.of(d.type()), null, d.attachmentId())));
        if (registration != null) {
            registration.agreements().forEach(a -> archive.add(new ArchiveEntry(ArchiveEntry.Kind.SIGNED_AGREEMENT,
                    a.code(), a.attachmentId())));
            archive.add(new ArchiveEntry(ArchiveEntry.Kind.REGISTRATION_FORM, null, registration.formAttachmentId()));
        }
        if (inspection != null) {
            archive.add(new ArchiveEntry(ArchiveEntry.Kind.ACCEPTANCE_FORM, null,
                    inspection.acceptanceFormAttachmentId()));
        }
        return List.copyOf(archive);
    }

    private void require(Step wanted) {
        Step current = step();
        if (current != wanted) {
            throw new StepOutOfOrderException(wanted, current, waitingFor());
        }
    }

    private static Change change(MoveInCase next) {
        return new Change(next, List.of());
    }

    @Override
    public String toString() {
        return "MoveInCase[id=" + id + ", unitId=" + unitId + ", step=" + step() + "]";
    }
}
