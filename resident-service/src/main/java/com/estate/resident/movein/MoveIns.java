package com.estate.resident.movein;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.movein.domain.Done;
import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.domain.MoveInRefusedException;
import com.estate.resident.movein.domain.OwnerType;
import com.estate.resident.movein.domain.Step;
import com.estate.resident.movein.messaging.MoveInPublications;
import com.estate.resident.movein.persistence.MoveInCaseDocument;
import com.estate.resident.resident.Residents;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.resident.domain.Resident;
import com.estate.resident.resident.domain.ResidentKind;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import java.time.Clock;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Opens move-in cases and takes their steps: each step is one conditional write of the case ({@code If-Match}) with
 * the events it raises, on behalf of a caller who may see the case.
 */
@Service
public class MoveIns {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Units units;
    private final Residents residents;
    private final ConditionalSave conditionalSave;
    private final MoveInPublications publications;
    private final Clock clock;

    MoveIns(MongoTemplate mongo, Communities communities, Units units, Residents residents,
            ConditionalSave conditionalSave, MoveInPublications publications, Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.units = units;
        this.residents = residents;
        this.conditionalSave = conditionalSave;
        this.publications = publications;
        this.clock = clock;
    }

    /**
     * Opens the case of an owner already registered as a current {@code OWNER} of the unit (the desk registers
     * them first, with {@code POST /api/residents}); the owner type follows the resident's kind.
     */
    public Revised<MoveInCase> open(Caller caller, String unitId, String ownerResidentId, boolean withProxy) {
        Unit unit = units.visibleTo(caller, unitId).value();
        Resident owner = residents.visibleTo(caller, ownerResidentId).value();
        boolean ownsUnit = owner.communityId().equals(unit.communityId()) && owner.currentResidences().stream()
                .anyMatch(r -> r.unitId().equals(unitId) && r.relation() == Relation.OWNER);
        if (!ownsUnit) {
            throw new MoveInRefusedException("move-in-not-owner",
                    "resident " + ownerResidentId + " is not a current owner of unit " + unitId, ownerResidentId,
                    unitId);
        }
        OwnerType ownerType = owner.kind() == ResidentKind.COMPANY ? OwnerType.COMPANY : OwnerType.PERSON;
        MoveInCase movein = MoveInCase.open(UUID.randomUUID().toString(), unit.communityId(), unitId, ownerResidentId,
                ownerType, withProxy, done(caller));
        MoveInCaseDocument document = MoveInCaseDocument.from(movein);
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new MoveInAlreadyOpenException(unitId, ownerResidentId);
        }
        return new Revised<>(movein, document.getRevision());
    }

    public Revised<MoveInCase> visibleTo(Caller caller, String caseId) {
        MoveInCaseDocument document = visibleDocument(caller, caseId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** The desk's list of a community's cases, open ones by default, optionally at one step; oldest first. */
    public Page<MoveInCase> inCommunity(Caller caller, String communityId, Step step, boolean open,
            Pageable pageable) {
        communities.visibleTo(caller, communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId).and("open").is(open);
        if (step != null) {
            criteria = criteria.and("step").is(step);
        }
        return Pages.find(mongo, criteria, pageable, MoveInCaseDocument.class).map(MoveInCaseDocument::toDomain);
    }

    /**
     * Takes one step: the case as the caller read it ({@code If-Match}), changed by the domain, saved with the
     * events the change raised.
     */
    public Revised<MoveInCase> step(Caller caller, String caseId, IfMatch ifMatch,
            BiFunction<MoveInCase, Done, MoveInCase.Change> step) {
        MoveInCaseDocument saved = conditionalSave.apply(() -> visibleDocument(caller, caseId), ifMatch, document -> {
            MoveInCase.Change change = step.apply(document.toDomain(), done(caller));
            document.update(change.movein());
            publications.queue(document, change.events());
        });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    /**
     * The last step: the unit becomes occupied, then the case is completed with its archive and announced. The
     * unit moves first (it is idempotent: occupied stays occupied), so a completion that fails after it is simply
     * sent again; a case whose step or revision does not allow it never touches the unit.
     */
    public Revised<MoveInCase> complete(Caller caller, String caseId, IfMatch ifMatch) {
        MoveInCaseDocument current = visibleDocument(caller, caseId);
        ifMatch.require(current.getRevision());
        current.toDomain().complete(done(caller)); // refuses before anything changes if the case is not ready
        units.changeStatus(current.toDomain().unitId(), UnitStatus.OCCUPIED);
        return step(caller, caseId, ifMatch, MoveInCase::complete);
    }

    MoveInCaseDocument visibleDocument(Caller caller, String caseId) {
        MoveInCaseDocument document = mongo.findById(caseId, MoveInCaseDocument.class);
        if (document == null) {
            throw new NotFoundException("move-in", caseId);
        }
        MoveInAccess.requireVisible(caller, document.toDomain());
        return document;
    }

    private Done done(Caller caller) {
        return new Done(caller.subject(), clock.instant());
    }
}
