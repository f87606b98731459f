package com.estate.resident.renovation;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.security.Caller;
import com.estate.resident.charge.ChargeRequestedV1;
import com.estate.resident.community.Communities;
import com.estate.resident.community.domain.Community;
import com.estate.resident.gatepass.GatePasses;
import com.estate.resident.gatepass.UnitScopedRecords;
import com.estate.resident.renovation.domain.Applicant;
import com.estate.resident.renovation.domain.Contractor;
import com.estate.resident.renovation.domain.DeclaredWork;
import com.estate.resident.renovation.domain.Renovation;
import com.estate.resident.renovation.domain.RenovationStatus;
import com.estate.resident.renovation.domain.WorkerPass;
import com.estate.resident.renovation.messaging.RenovationAcceptedV1;
import com.estate.resident.renovation.messaging.RenovationCompletedV1;
import com.estate.resident.renovation.messaging.RenovationPermittedV1;
import com.estate.resident.renovation.persistence.RenovationDocument;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The renovation procedure (infra/BUSINESS-RULES.md §4): application, plan review, permit (number, waste-removal
 * fee, the unit under renovation, maintenance and security told), completion and acceptance (the unit back to what it
 * was).
 */
@Service
public class Renovations {

    static final String WASTE_FEE_ITEM = "RENOVATION_WASTE_REMOVAL";

    private final MongoTemplate mongo;
    private final RenovationCases cases;
    private final Units units;
    private final Communities communities;
    private final RenovationRulesStore rules;
    private final PermitNumbers permitNumbers;
    private final GatePasses gatePasses;
    private final OutboxEvents outboxEvents;
    private final Clock clock;

    Renovations(MongoTemplate mongo, RenovationCases cases, Units units, Communities communities,
            RenovationRulesStore rules, PermitNumbers permitNumbers, GatePasses gatePasses, OutboxEvents outboxEvents,
            Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.units = units;
        this.communities = communities;
        this.rules = rules;
        this.permitNumbers = permitNumbers;
        this.gatePasses = gatePasses;
        this.outboxEvents = outboxEvents;
        this.clock = clock;
    }

    /** What the applicant declares; status, ids, community and who applied are the service's. */
    public record Application(String unitId, Applicant applicant, List<DeclaredWork> works, LocalDate startDate,
            LocalDate endDate, Contractor contractor, List<String> workers) {
    }

    /** Applies with the community's rules in force, which the applicant has acknowledged. */
    public Revised<Renovation> apply(Caller caller, Application form) {
        Unit unit = units.visibleTo(caller, form.unitId()).value();
        Renovation renovation = Renovation.apply(UUID.randomUUID().toString(), unit.communityId(), unit.id(),
                form.applicant(), form.works(), form.startDate(), form.endDate(), form.contractor(), form.workers(),
                rules.of(unit.communityId()).value(), caller.subject(), clock.instant());
        RenovationDocument stored = mongo.insert(RenovationDocument.from(renovation));
        return new Revised<>(renovation, stored.getRevision());
    }

    public Revised<Renovation> visibleTo(Caller caller, String id) {
        return cases.visible(caller, id);
    }

    public Page<Renovation> list(Caller caller, String communityId, RenovationStatus status, Pageable pageable) {
        Criteria criteria = UnitScopedRecords.inCommunity(caller, communityId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Pages.find(mongo, criteria, pageable, RenovationDocument.class).map(RenovationDocument::renovation);
    }

    public Revised<Renovation> review(Caller caller, String id, IfMatch ifMatch, boolean approved,
            List<String> reasons) {
        return cases.change(caller, id, ifMatch,
                document -> document.renovation().review(approved, reasons, caller.subject(), clock.instant()));
    }

    /**
     * Issues the permit: its preconditions are checked before a number is drawn (a refused permit leaves no gap),
     * the number is kept for the renovation through retries ({@link PermitNumbers}); the permit, the fee request
     * and the notice to maintenance and security are one write, then the unit is put under renovation.
     */
    public Revised<Renovation> permit(Caller caller, String id, IfMatch ifMatch) {
        RenovationDocument current = cases.visibleDocument(caller, id);
        ifMatch.require(current.getRevision());
        Renovation renovation = current.renovation();
        renovation.requirePermittable();
        Unit unit = units.visibleTo(caller, renovation.unitId()).value();
        if (unit.status() == UnitStatus.UNDER_RENOVATION) {
            throw new ConflictException("renovation-unit-busy", "the unit is already under renovation", unit.id());
        }
        Community community = communities.visibleTo(caller, renovation.communityId());
        Instant now = clock.instant();
        String number = permitNumbers.numberFor(id, renovation.communityId(), now.atZone(community.timeZone()).getYear());
        Money fee = rules.of(renovation.communityId()).value().wasteFee().assess(unit.floorArea());
        Revised<Renovation> permitted = cases.change(caller, id, ifMatch, document -> {
            Renovation changing = document.renovation();
            changing.issuePermit(number, fee, unit.status().name(), caller.subject(), now);
            document.publish(outboxEvents.create(RenovationPermittedV1.TYPE, id, changing.communityId(),
                    RenovationPermittedV1.of(changing)));
            if (fee.amount().signum() > 0) {
                document.publish(outboxEvents.create(ChargeRequestedV1.TYPE, id, changing.communityId(),
                        ChargeRequestedV1.of(new ChargeRequestedV1.Source("renovation", id), WASTE_FEE_ITEM,
                                changing.communityId(), changing.unitId(), fee,
                                "装修垃圾清运费 " + number, now)));
            }
        });
        UnitStatus replaced = units.changeStatus(renovation.unitId(), UnitStatus.UNDER_RENOVATION);
        if (replaced != unit.status() && replaced != UnitStatus.UNDER_RENOVATION) {
            // the unit moved between our read and the change (a move-in completed): put back what it really was
            return cases.change(caller, id, IfMatch.ANY,
                    document -> document.renovation().replacedUnitStatus(replaced.name()));
        }
        return permitted;
    }

    /** The owner (or the desk) reports the works finished; the workers' passes end with them. */
    public Revised<Renovation> complete(Caller caller, String id, IfMatch ifMatch) {
        Revised<Renovation> completed = cases.change(caller, id, ifMatch, document -> {
            document.renovation().complete(caller.subject(), clock.instant());
            document.publish(outboxEvents.create(RenovationCompletedV1.TYPE, id, document.renovation().communityId(),
                    RenovationCompletedV1.of(document.renovation())));
        });
        gatePasses.revokeAll(completed.value().workerPasses().stream().map(WorkerPass::gatePassId).toList(),
                caller.subject(), "renovation completed");
        return completed;
    }

    /** The property accepts the works; the unit goes back to the status the permit replaced. */
    public Revised<Renovation> accept(Caller caller, String id, IfMatch ifMatch, String remarks) {
        Revised<Renovation> accepted = cases.change(caller, id, ifMatch, document -> {
            document.renovation().accept(remarks, caller.subject(), clock.instant());
            document.publish(outboxEvents.create(RenovationAcceptedV1.TYPE, id, document.renovation().communityId(),
                    RenovationAcceptedV1.of(document.renovation())));
        });
        Renovation renovation = accepted.value();
        if (units.visibleTo(caller, renovation.unitId()).value().status() == UnitStatus.UNDER_RENOVATION) {
            units.changeStatus(renovation.unitId(), UnitStatus.valueOf(renovation.permit().unitStatus()));
        }
        return accepted;
    }
}
