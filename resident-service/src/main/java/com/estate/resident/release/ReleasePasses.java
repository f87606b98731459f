package com.estate.resident.release;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.domain.Community;
import com.estate.resident.gatepass.GatePassCheck;
import com.estate.resident.gatepass.GatePasses;
import com.estate.resident.gatepass.UnitScopedRecords;
import com.estate.resident.gatepass.domain.GatePass;
import com.estate.resident.gatepass.domain.PassKind;
import com.estate.resident.gatepass.domain.PassSource;
import com.estate.resident.release.domain.ApplicantKind;
import com.estate.resident.release.domain.ReleaseApplication;
import com.estate.resident.release.domain.ReleaseItem;
import com.estate.resident.release.domain.ReleaseStatus;
import com.estate.resident.release.persistence.ReleaseApplicationDocument;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Item release (物品放行): residents apply for their unit, the desk for a shop or company; the desk approves
 * (which issues a single-use gate pass for the release day) or refuses; security checks the pass at the gate.
 */
@Service
public class ReleasePasses {

    static final String SOURCE = "release";

    private final MongoTemplate mongo;
    private final Units units;
    private final Communities communities;
    private final GatePasses gatePasses;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    ReleasePasses(MongoTemplate mongo, Units units, Communities communities, GatePasses gatePasses,
            ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.communities = communities;
        this.gatePasses = gatePasses;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** What an applicant declares; who they are, the status and the community come from the caller and the unit. */
    public record Form(String unitId, String communityId, ApplicantKind applicantKind, String applicantName,
            List<ReleaseItem> items, String carrierName, String vehiclePlate, LocalDate date) {
    }

    public Revised<ReleaseApplication> submit(Caller caller, Form form) {
        String communityId;
        ApplicantKind kind;
        if (form.unitId() != null) {
            Unit unit = units.visibleTo(caller, form.unitId()).value();
            communityId = unit.communityId();
            kind = ApplicantKind.RESIDENT;
        } else if (caller.isResident()) {
            throw new InvalidParameterException("unitId", "problem.validation.field.release-unit");
        } else if (form.communityId() == null || form.applicantKind() == null
                || form.applicantKind() == ApplicantKind.RESIDENT) {
            throw new InvalidParameterException("applicantKind", "problem.validation.field.release-applicant");
        } else {
            communityId = form.communityId();
            kind = form.applicantKind();
        }
        Community community = communities.visibleTo(caller, communityId);
        LocalDate today = LocalDate.now(clock.withZone(community.timeZone()));
        if (form.date().isBefore(today)) {
            throw new BusinessRuleException("release-date-past", "the release day has passed", form.date(), today);
        }
        ReleaseApplication application = ReleaseApplication.submit(UUID.randomUUID().toString(), communityId,
                form.unitId(), kind, form.applicantName(), form.items(), form.carrierName(), form.vehiclePlate(),
                form.date(), caller.subject(), clock.instant());
        ReleaseApplicationDocument stored = mongo.insert(ReleaseApplicationDocument.from(application));
        return new Revised<>(application, stored.getRevision());
    }

    public Revised<ReleaseApplication> visibleTo(Caller caller, String id) {
        ReleaseApplicationDocument document = visibleDocument(caller, id);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /**
     * Approves and issues the gate pass, valid on the release day in the community's time zone. The pass's id is
     * derived from the application's, so a retried approval finds the pass it issued instead of a second one.
     */
    public Revised<ReleaseApplication> approve(Caller caller, String id, IfMatch ifMatch) {
        ReleaseApplicationDocument saved = conditionalSave.apply(() -> visibleDocument(caller, id), ifMatch,
                document -> {
                    ReleaseApplication application = document.toDomain();
                    String passId = DerivedIds.of("release-pass", application.id());
                    ReleaseApplication approved = application.approve(passId, caller.subject(), clock.instant());
                    Community community = communities.visibleTo(caller, application.communityId());
                    gatePasses.issue(GatePass.issue(passId, PassKind.ITEM, application.communityId(),
                            application.unitId(), new PassSource(SOURCE, application.id()), application.carrierName(),
                            application.date(), application.date(), community.timeZone(), clock.instant(),
                            caller.subject()));
                    document.update(approved);
                });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    public Revised<ReleaseApplication> refuse(Caller caller, String id, IfMatch ifMatch, String reason) {
        ReleaseApplicationDocument saved = conditionalSave.apply(() -> visibleDocument(caller, id), ifMatch,
                document -> document.update(document.toDomain().refuse(reason, caller.subject(), clock.instant())));
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    /** The gate's check of a release pass, with the application it lets out (the guard compares the goods). */
    public ReleaseCheck check(Caller guard, String communityId, String code) {
        GatePassCheck check = gatePasses.check(guard, communityId, code);
        ReleaseApplication application = null;
        if (check.pass() != null && check.pass().source().kind().equals(SOURCE)) {
            ReleaseApplicationDocument document = mongo.findById(check.pass().source().id(),
                    ReleaseApplicationDocument.class);
            application = document == null ? null : document.toDomain();
        }
        return new ReleaseCheck(check, application);
    }

    public record ReleaseCheck(GatePassCheck check, ReleaseApplication application) {
    }

    public Page<ReleaseApplication> list(Caller caller, String communityId, ReleaseStatus status, Pageable pageable) {
        Criteria criteria = UnitScopedRecords.inCommunity(caller, communityId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Pages.find(mongo, criteria, pageable, ReleaseApplicationDocument.class)
                .map(ReleaseApplicationDocument::toDomain);
    }

    private ReleaseApplicationDocument visibleDocument(Caller caller, String id) {
        ReleaseApplicationDocument document = mongo.findById(id, ReleaseApplicationDocument.class);
        if (document == null) {
            throw new NotFoundException("release-pass", id);
        }
        ReleaseApplication application = document.toDomain();
        if (!UnitScopedRecords.canSee(caller, application.communityId(), application.unitId())) {
            throw new NotFoundException("release-pass", id);
        }
        return document;
    }
}
