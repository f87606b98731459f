package com.estate.resident.renovation.domain;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A renovation (装修) of one unit, from the application to the property's acceptance, with the rules of each step
 * (infra/BUSINESS-RULES.md §4): the plan is reviewed before a permit; a proxy's power of attorney and, for works on
 * the main structure or the load, the housing authority's approval must be in the archive before the permit; worker
 * passes, work log and inspections belong to permitted works.
 */
public class Renovation {

    private String id;
    private String communityId;
    private String unitId;
    private Applicant applicant;
    private List<DeclaredWork> works;
    private LocalDate startDate;
    private LocalDate endDate;
    private Contractor contractor;
    private List<String> workers;
    /** The rules as the applicant acknowledged them (working hours, prohibitions, fee). */
    private RenovationRules acknowledgedRules;
    private RenovationStatus status;
    private List<AttachedDocument> documents = new ArrayList<>();
    private Review review;
    private Permit permit;
    private List<WorkerPass> workerPasses = new ArrayList<>();
    private List<WorkLogEntry> workLog = new ArrayList<>();
    private List<Inspection> inspections = new ArrayList<>();
    private String completedBy;
    private Instant completedAt;
    private String acceptedBy;
    private Instant acceptedAt;
    private String acceptanceRemarks;
    private String createdBy;
    private Instant createdAt;

    private Renovation() {
    }

    /** An application, with the rules the applicant acknowledged. */
    public static Renovation apply(String id, String communityId, String unitId, Applicant applicant,
            List<DeclaredWork> works, LocalDate startDate, LocalDate endDate, Contractor contractor,
            List<String> workers, RenovationRules acknowledgedRules, String by, Instant now) {
        if (endDate.isBefore(startDate)) {
            throw new BusinessRuleException("renovation-dates", "the works cannot end before they start", startDate,
                    endDate);
        }
        Renovation renovation = new Renovation();
        renovation.id = Objects.requireNonNull(id);
        renovation.communityId = Objects.requireNonNull(communityId);
        renovation.unitId = Objects.requireNonNull(unitId);
        renovation.applicant = Objects.requireNonNull(applicant);
        renovation.works = List.copyOf(works);
        renovation.startDate = startDate;
        renovation.endDate = endDate;
        renovation.contractor = contractor;
        renovation.workers = List.copyOf(workers);
        renovation.acknowledgedRules = Objects.requireNonNull(acknowledgedRules);
        renovation.status = RenovationStatus.SUBMITTED;
        renovation.createdBy = by;
        renovation.createdAt = now;
        return renovation;
    }

    /** Documents go to the archive at any step until the renovation is accepted. */
    public void attach(AttachedDocument document) {
        requireOpenArchive();
        documents.add(document);
    }

    public void requireOpenArchive() {
        require("documented", RenovationStatus.SUBMITTED, RenovationStatus.APPROVED, RenovationStatus.PERMITTED,
                RenovationStatus.COMPLETED);
    }

    public void review(boolean approved, List<String> reasons, String by, Instant now) {
        require("reviewed", RenovationStatus.SUBMITTED);
        if (!approved && reasons.isEmpty()) {
            throw new BusinessRuleException("renovation-rejection-reasons", "a rejection needs its reasons");
        }
        review = new Review(approved, reasons, by, now);
        status = approved ? RenovationStatus.APPROVED : RenovationStatus.REJECTED;
    }

    /** Refuses (409) a permit this renovation cannot have yet, naming what is missing. */
    public void requirePermittable() {
        require("permitted", RenovationStatus.APPROVED);
        if (applicant.proxy() && !has(DocumentPurpose.POWER_OF_ATTORNEY)) {
            throw new ConflictException("renovation-power-of-attorney-missing",
                    "a proxy's application needs the power of attorney before the permit");
        }
        if (needsAuthorityApproval() && !has(DocumentPurpose.AUTHORITY_APPROVAL)) {
            throw new ConflictException("renovation-authority-approval-missing",
                    "works on the main structure or the load need the housing authority's approval before the permit",
                    works.stream().filter(DeclaredWork::needsAuthorityApproval).map(DeclaredWork::description)
                            .toList().toString());
        }
    }

    public void issuePermit(String number, Money wasteFee, String unitStatus, String by, Instant now) {
        requirePermittable();
        permit = new Permit(number, wasteFee, unitStatus, by, now);
        status = RenovationStatus.PERMITTED;
    }

    /** The unit status the permit replaced, when it turns out other than read before the permit. */
    public void replacedUnitStatus(String unitStatus) {
        permit = new Permit(permit.number(), permit.wasteFee(), unitStatus, permit.issuedBy(), permit.issuedAt());
    }

    /** A worker's pass lies within the permitted dates. */
    public void addWorkerPass(WorkerPass pass) {
        require("given worker passes", RenovationStatus.PERMITTED);
        requireWithinWorks(pass.validFrom(), pass.validUntil());
        workerPasses.add(pass);
    }

    public void requireWithinWorks(LocalDate from, LocalDate until) {
        if (until.isBefore(from) || from.isBefore(startDate) || until.isAfter(endDate)) {
            throw new BusinessRuleException("renovation-pass-dates",
                    "a worker pass must lie within the permitted dates", startDate, endDate);
        }
    }

    public void logWork(WorkLogEntry entry) {
        require("logged", RenovationStatus.PERMITTED);
        workLog.add(entry);
    }

    public void recordInspection(Inspection inspection) {
        require("inspected", RenovationStatus.PERMITTED, RenovationStatus.COMPLETED);
        inspections.add(inspection);
    }

    public void complete(String by, Instant now) {
        require("completed", RenovationStatus.PERMITTED);
        status = RenovationStatus.COMPLETED;
        completedBy = by;
        completedAt = now;
    }

    public void accept(String remarks, String by, Instant now) {
        require("accepted", RenovationStatus.COMPLETED);
        status = RenovationStatus.ACCEPTED;
        acceptanceRemarks = remarks;
        acceptedBy = by;
        acceptedAt = now;
    }

    public boolean needsAuthorityApproval() {
        return works.stream().anyMatch(DeclaredWork::needsAuthorityApproval);
    }

    public boolean hasDocument(String attachmentId) {
        return documents.stream().anyMatch(document -> document.attachmentId().equals(attachmentId));
    }

    private boolean has(DocumentPurpose purpose) {
        return documents.stream().anyMatch(document -> document.purpose() == purpose);
    }

    private void require(String action, RenovationStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new ConflictException("renovation-state", "the renovation cannot be " + action + " while "
                    + status, action, status);
        }
    }

    public String id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String unitId() {
        return unitId;
    }

    public Applicant applicant() {
        return applicant;
    }

    public List<DeclaredWork> works() {
        return List.copyOf(works);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Contractor contractor() {
        return contractor;
    }

    public List<String> workers() {
        return List.copyOf(workers);
    }

    public RenovationRules acknowledgedRules() {
        return acknowledgedRules;
    }

    public RenovationStatus status() {
        return status;
    }

    public List<AttachedDocument> documents() {
        return List.copyOf(documents);
    }

    public Review review() {
        return review;
    }

    public Permit permit() {
        return permit;
    }

    public List<WorkerPass> workerPasses() {
        return List.copyOf(workerPasses);
    }

    public List<WorkLogEntry> workLog() {
        return List.copyOf(workLog);
    }

    public List<Inspection> inspections() {
        return List.copyOf(inspections);
    }

    public String completedBy() {
        return completedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptanceRemarks() {
        return acceptanceRemarks;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
