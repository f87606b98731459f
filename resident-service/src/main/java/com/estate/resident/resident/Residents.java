package com.estate.resident.resident;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.ResidentPhoneHash;
import com.estate.platform.outbox.OutboxEvent;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.community.domain.Community;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.resident.domain.Resident;
import com.estate.resident.resident.domain.ResidentKind;
import com.estate.resident.resident.messaging.ResidentMovedOutV1;
import com.estate.resident.resident.messaging.ResidentRegisteredV1;
import com.estate.resident.resident.persistence.ResidentDocument;
import com.estate.resident.resident.persistence.ResidentDocuments;
import com.estate.resident.resident.persistence.ResidentIndex;
import com.estate.resident.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Registers residents, moves them out, and finds those a caller may see. */
@Service
public class Residents {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Units units;
    private final ResidentDocuments documents;
    private final ResidentIndex index;
    private final ResidentPhoneHash phoneHash;
    private final OutboxEvents outboxEvents;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    Residents(MongoTemplate mongo, Communities communities, Units units, ResidentDocuments documents,
            ResidentIndex index, ResidentPhoneHash phoneHash, OutboxEvents outboxEvents,
            ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.units = units;
        this.documents = documents;
        this.index = index;
        this.phoneHash = phoneHash;
        this.outboxEvents = outboxEvents;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** What the desk fills in on the resident registration form (住户登记表). */
    public record Registration(String communityId, ResidentKind kind, String name, String phone,
            IdentityDocument identityDocument, String creditCode, List<String> unitIds, Relation relation,
            LocalDate since, LocalDate leaseEndsOn) {
    }

    /** A registration's outcome: the resident, and whether the record is new or an existing person's. */
    public record Registered(Revised<Resident> resident, boolean created) {
    }

    /**
     * Saves the resident and its {@code resident.registered} event in one document write, after the index entries
     * that find it (infra/ARCHITECTURE.md §14). Every unit must exist in the community (404 otherwise). A person
     * the community already has (the same identity document, found by its lookup hash) is not registered twice:
     * the units are added to their record as new residences, announced as their next event.
     */
    public Registered register(Caller caller, Registration form) {
        Community community = communities.visibleTo(caller, form.communityId());
        for (String unitId : form.unitIds()) {
            if (!units.visibleTo(caller, unitId).value().communityId().equals(community.id())) {
                throw new NotFoundException("unit", unitId);
            }
        }
        LocalDate since = Objects.requireNonNullElse(form.since(),
                LocalDate.ofInstant(clock.instant(), community.timeZone()));
        String known = form.identityDocument() == null ? null : existing(community.id(), form.identityDocument());
        if (known != null) {
            return new Registered(registerFor(known, form, since), false);
        }
        var registration = Resident.register(UUID.randomUUID().toString(), community.id(), form.kind(), form.name(),
                form.phone(), form.identityDocument(), form.creditCode(), form.unitIds(), form.relation(), since,
                form.leaseEndsOn(), clock.instant());
        Resident resident = registration.resident();
        ResidentDocument document = documents.from(resident);
        document.publish(registered(registration));
        index.addLookup(document.phoneLookup(), resident.id());
        if (document.documentLookup() != null) {
            index.addLookup(document.documentLookup(), resident.id());
        }
        resident.currentUnitIds().forEach(unitId -> index.addToUnit(unitId, resident.id()));
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            // the same person registered at the same moment by another desk: add the units to that record
            String raced = existing(community.id(), form.identityDocument());
            if (raced == null) {
                throw new ResidentAlreadyRegisteredException();
            }
            return new Registered(registerFor(raced, form, since), false);
        }
        return new Registered(new Revised<>(resident, document.getRevision()), true);
    }

    /** The community's resident with this identity document, if there is one. */
    String existing(String communityId, IdentityDocument identity) {
        String lookup = documents.documentLookup(identity);
        return index.byLookup(lookup).stream()
                .map(id -> mongo.findById(id, ResidentDocument.class))
                .filter(Objects::nonNull)
                .filter(document -> communityId.equals(document.communityId())
                        && lookup.equals(document.documentLookup()))
                .map(ResidentDocument::id)
                .findFirst().orElse(null);
    }

    /** Registers a resident of the community for one more unit (the caller has checked both). */
    public Revised<Resident> registerFor(Caller caller, String residentId, String unitId, Relation relation,
            LocalDate since) {
        Resident resident = visibleTo(caller, residentId).value();
        return registerFor(residentId, new Registration(resident.communityId(), resident.kind(), resident.name(),
                resident.phone(), resident.identityDocument(), resident.creditCode(), List.of(unitId), relation,
                since, null), since);
    }

    private Revised<Resident> registerFor(String residentId, Registration form, LocalDate since) {
        form.unitIds().forEach(unitId -> index.addToUnit(unitId, residentId));
        ResidentDocument saved = conditionalSave.apply(() -> mongo.findById(residentId, ResidentDocument.class),
                IfMatch.ANY, document -> {
                    var registration = documents.toDomain(document).registerFor(form.unitIds(), form.relation(),
                            since, form.leaseEndsOn(), clock.instant());
                    documents.update(document, registration.resident());
                    document.publish(registered(registration));
                });
        return new Revised<>(documents.toDomain(saved), saved.getRevision());
    }

    private OutboxEvent registered(Resident.Registration registration) {
        Resident resident = registration.resident();
        return outboxEvents.create(ResidentRegisteredV1.TYPE, resident.id(), resident.communityId(),
                ResidentRegisteredV1.of(registration.event(), phoneHash.ofPhone(resident.phone())));
    }

    public Revised<Resident> visibleTo(Caller caller, String residentId) {
        ResidentDocument document = visibleDocument(caller, residentId);
        return new Revised<>(documents.toDomain(document), document.getRevision());
    }

    /**
     * Ends the resident's relation to one unit, or to all of them ({@code unitId} null), on {@code day} (today in
     * the community if null), if the resident is still as the caller read them ({@code If-Match}).
     */
    public Revised<Resident> moveOut(Caller caller, String residentId, IfMatch ifMatch, String unitId,
            LocalDate day) {
        ResidentDocument saved = conditionalSave.apply(() -> visibleDocument(caller, residentId), ifMatch,
                document -> {
                    Resident resident = documents.toDomain(document);
                    Community community = communities.visibleTo(caller, resident.communityId());
                    LocalDate today = LocalDate.now(clock.withZone(community.timeZone()));
                    var moveOut = resident.moveOut(unitId, Objects.requireNonNullElse(day, today), today,
                            clock.instant());
                    documents.update(document, moveOut.resident());
                    document.publish(outboxEvents.create(ResidentMovedOutV1.TYPE, resident.id(),
                            resident.communityId(), ResidentMovedOutV1.of(moveOut.event())));
                });
        return new Revised<>(documents.toDomain(saved), saved.getRevision());
    }

    /** The desk's lookup by phone: everyone registered with it (family members may share one), moved out or not. */
    public List<Resident> withPhone(Caller caller, String phone) {
        String lookup = documents.phoneLookup(phone);
        return found(caller, index.byLookup(lookup), document -> lookup.equals(document.phoneLookup()));
    }

    /** The desk's lookup by identity document number: at most one resident per community. */
    public List<Resident> withDocument(Caller caller, IdentityDocument identity) {
        String lookup = documents.documentLookup(identity);
        return found(caller, index.byLookup(lookup), document -> lookup.equals(document.documentLookup()));
    }

    /** Everyone registered for the unit, with their residences; the unit must be visible to the caller. */
    public List<Resident> ofUnit(Caller caller, String unitId) {
        units.visibleTo(caller, unitId);
        return found(caller, index.inUnit(unitId), document -> documents.toDomain(document).residences().stream()
                .anyMatch(residence -> residence.unitId().equals(unitId)));
    }

    /** The residents the index names, if they exist, still match and the caller may see them. */
    private List<Resident> found(Caller caller, List<String> residentIds,
            java.util.function.Predicate<ResidentDocument> stillMatches) {
        return residentIds.stream()
                .map(id -> mongo.findById(id, ResidentDocument.class))
                .filter(Objects::nonNull)
                .filter(stillMatches)
                .map(documents::toDomain)
                .filter(resident -> ResidentVisibility.canSee(caller, resident))
                .toList();
    }

    private ResidentDocument visibleDocument(Caller caller, String residentId) {
        ResidentDocument document = mongo.findById(residentId, ResidentDocument.class);
        if (document == null || !ResidentVisibility.canSee(caller, documents.toDomain(document))) {
            throw new NotFoundException("resident", residentId);
        }
        return document;
    }
}
