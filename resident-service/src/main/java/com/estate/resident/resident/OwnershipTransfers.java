package com.estate.resident.resident;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.domain.Community;
import com.estate.resident.resident.domain.OwnershipTransfer;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.resident.domain.Resident;
import com.estate.resident.resident.domain.ResidentKind;
import com.estate.resident.resident.persistence.OwnershipTransferDocument;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Changes a unit's owners (过户): the old owners' residences (and their household's) end on the day, the new owners'
 * begin, each a resident event the gateway acts on; the transfer itself is kept as history.
 *
 * <p>Several resident records change, and no transaction spans them (infra/ARCHITECTURE.md §3): the plan is made
 * and checked first, then the move-outs and registrations follow one record at a time, and the transfer is recorded
 * last. Repeating an interrupted transfer completes it: whoever has left already is no longer in the plan, and a
 * new owner registered already stays.
 */
@Service
public class OwnershipTransfers {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Units units;
    private final Residents residents;
    private final Clock clock;

    OwnershipTransfers(MongoTemplate mongo, Communities communities, Units units, Residents residents, Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.units = units;
        this.residents = residents;
        this.clock = clock;
    }

    /** A new owner: a resident of the community by id, or a person or company to register (found by document). */
    public record NewOwner(String residentId, ResidentKind kind, String name, String phone,
            IdentityDocument identityDocument, String creditCode) {
    }

    public OwnershipTransferDocument transfer(Caller caller, String unitId, LocalDate on, List<NewOwner> newOwners) {
        Unit unit = units.visibleTo(caller, unitId).value();
        Community community = communities.visibleTo(caller, unit.communityId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), community.timeZone());
        LocalDate day = Objects.requireNonNullElse(on, today);
        List<Resident> household = residents.ofUnit(caller, unitId);
        List<String> known = new ArrayList<>();
        List<NewOwner> toRegister = new ArrayList<>();
        for (NewOwner owner : newOwners) {
            String id = owner.residentId() != null ? residentOfCommunity(caller, owner.residentId(), community)
                    : residents.existing(community.id(), owner.identityDocument());
            if (id != null) {
                known.add(id);
            } else {
                toRegister.add(owner);
            }
        }
        // people not registered yet are new owners too: the plan is checked with placeholders for them
        List<String> planned = new ArrayList<>(known);
        toRegister.forEach(owner -> planned.add("new:" + UUID.randomUUID()));
        OwnershipTransfer plan = OwnershipTransfer.plan(unitId, household, planned, day, today);

        for (String residentId : plan.leaving()) {
            residents.moveOut(caller, residentId, IfMatch.ANY, unitId, day);
        }
        List<String> ownerIds = new ArrayList<>();
        for (String residentId : plan.joining()) {
            if (!residentId.startsWith("new:")) {
                ownerIds.add(residents.registerFor(caller, residentId, unitId, Relation.OWNER, day).value().id());
            }
        }
        for (NewOwner owner : toRegister) {
            ownerIds.add(residents.register(caller, new Residents.Registration(community.id(), owner.kind(),
                    owner.name(), owner.phone(), owner.identityDocument(), owner.creditCode(), List.of(unitId),
                    Relation.OWNER, day, null)).resident().value().id());
        }
        ownerIds.addAll(plan.staying());
        return mongo.insert(new OwnershipTransferDocument(UUID.randomUUID().toString(), community.id(), unitId, day,
                plan.previousOwners(), ownerIds, plan.leaving(), caller.subject(), clock.instant()));
    }

    private String residentOfCommunity(Caller caller, String residentId, Community community) {
        Resident resident = residents.visibleTo(caller, residentId).value();
        if (!resident.communityId().equals(community.id())) {
            throw new NotFoundException("resident", residentId);
        }
        return resident.id();
    }
}
