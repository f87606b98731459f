package com.estate.resident.resident.domain;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.MainlandMobiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person or company registered for one or more units of one community (住户登记表), with their relation to each
 * unit over time. The phone is kept as its 11 national digits; a person's identity document is required, a
 * company's unified social credit code optional.
 *
 * @param eventVersion how many events the resident has raised: the {@code residentVersion} of the last one
 */
public record Resident(String id, String communityId, ResidentKind kind, String name, String phone,
        IdentityDocument identityDocument, String creditCode, List<Residence> residences, Instant registeredAt,
        long eventVersion) {

    public Resident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        name = name.strip();
        if (phone == null || !MainlandMobiles.isValid(phone)) {
            throw new IllegalArgumentException("phone must be a mainland mobile number");
        }
        phone = MainlandMobiles.normalize(phone);
        if (kind == ResidentKind.PERSON && identityDocument == null) {
            throw new IllegalArgumentException("a person needs an identity document");
        }
        if (identityDocument != null) {
            identityDocument = new IdentityDocument(identityDocument.type(), identityDocument.normalizedNumber());
        }
        if (kind == ResidentKind.PERSON && creditCode != null) {
            throw new IllegalArgumentException("a person has no credit code");
        }
        if (creditCode != null) {
            if (!UnifiedSocialCreditCodes.isValid(creditCode)) {
                throw new IllegalArgumentException("not a unified social credit code (GB 32100)");
            }
            creditCode = UnifiedSocialCreditCodes.normalize(creditCode);
        }
        residences = List.copyOf(residences);
        if (residences.isEmpty()) {
            throw new IllegalArgumentException("a resident is registered for at least one unit");
        }
    }

    /**
     * Registers a resident for the units (of one community, checked by the caller) with one relation from
     * {@code since}; the event is the resident's first ({@code residentVersion} 1).
     */
    public static Registration register(String id, String communityId, ResidentKind kind, String name, String phone,
            IdentityDocument identityDocument, String creditCode, List<String> unitIds, Relation relation,
            LocalDate since, Instant now) {
        return register(id, communityId, kind, name, phone, identityDocument, creditCode, unitIds, relation, since,
                null, now);
    }

    /** {@link #register}, for a tenant with the lease's end date ({@code leaseEndsOn}, may be null). */
    public static Registration register(String id, String communityId, ResidentKind kind, String name, String phone,
            IdentityDocument identityDocument, String creditCode, List<String> unitIds, Relation relation,
            LocalDate since, LocalDate leaseEndsOn, Instant now) {
        Set<String> units = new LinkedHashSet<>(unitIds);
        if (units.size() != unitIds.size()) {
            throw new IllegalArgumentException("each unit is named once");
        }
        List<Residence> residences = units.stream()
                .map(unit -> Residence.begin(unit, relation, since, leaseEndsOn)).toList();
        Resident resident = new Resident(id, communityId, kind, name, phone, identityDocument, creditCode, residences,
                now, 1);
        return new Registration(resident, new ResidentRegistered(resident, List.copyOf(units), relation, 1, now));
    }

    /**
     * Registers the same person for more units (found by their identity document): new residences on the same
     * record, announced as the resident's next event. A unit they live in now cannot be added again.
     */
    public Registration registerFor(List<String> unitIds, Relation relation, LocalDate since, Instant now) {
        return registerFor(unitIds, relation, since, null, now);
    }

    /** {@link #registerFor}, for a tenancy with the lease's end date ({@code leaseEndsOn}, may be null). */
    public Registration registerFor(List<String> unitIds, Relation relation, LocalDate since, LocalDate leaseEndsOn,
            Instant now) {
        Set<String> units = new LinkedHashSet<>(unitIds);
        if (units.size() != unitIds.size()) {
            throw new IllegalArgumentException("each unit is named once");
        }
        if (units.stream().anyMatch(currentUnitIds()::contains)) {
            throw new AlreadyRegisteredThereException(id);
        }
        List<Residence> next = new ArrayList<>(residences);
        units.forEach(unit -> next.add(Residence.begin(unit, relation, since, leaseEndsOn)));
        long version = eventVersion + 1;
        Resident registered = new Resident(id, communityId, kind, name, phone, identityDocument, creditCode, next,
                registeredAt, version);
        return new Registration(registered, new ResidentRegistered(registered, List.copyOf(units), relation, version,
                now));
    }

    public List<Residence> currentResidences() {
        return residences.stream().filter(Residence::isCurrent).toList();
    }

    /** The units the resident lives in now. */
    public List<String> currentUnitIds() {
        return currentResidences().stream().map(Residence::unitId).toList();
    }

    public boolean hasMovedOut() {
        return currentResidences().isEmpty();
    }

    /**
     * Ends the relation to one unit, or to every current one when {@code unitId} is {@code null}, on {@code day}.
     * The ended residences stay in the history; the event is the resident's next one.
     *
     * @param today the community's today: a move-out is recorded when it happened, not ahead of time
     */
    public MoveOut moveOut(String unitId, LocalDate day, LocalDate today, Instant now) {
        if (hasMovedOut()) {
            throw new MoveOutRefusedException("resident-moved-out", "resident " + id + " has already moved out", id);
        }
        if (unitId != null && !currentUnitIds().contains(unitId)) {
            throw new MoveOutRefusedException("resident-not-in-unit",
                    "resident " + id + " does not live in unit " + unitId, id, unitId);
        }
        if (day.isAfter(today)) {
            throw new MoveOutRefusedException("move-out-in-future", "move-out day " + day + " is after " + today,
                    day.toString());
        }
        List<Residence> next = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        for (Residence residence : residences) {
            if (residence.isCurrent() && (unitId == null || residence.unitId().equals(unitId))) {
                if (day.isBefore(residence.since())) {
                    throw new MoveOutRefusedException("move-out-before-move-in",
                            "move-out day " + day + " is before the move-in day " + residence.since(), day.toString(),
                            residence.since().toString());
                }
                next.add(residence.endedOn(day));
                ended.add(residence.unitId());
            } else {
                next.add(residence);
            }
        }
        long version = eventVersion + 1;
        Resident movedOut = new Resident(id, communityId, kind, name, phone, identityDocument, creditCode, next,
                registeredAt, version);
        return new MoveOut(movedOut, new ResidentMovedOut(movedOut, List.copyOf(ended), now, version));
    }

    /** Never the phone or document number: a resident in a log line shows neither. */
    @Override
    public String toString() {
        return "Resident[id=" + id + ", communityId=" + communityId + ", kind=" + kind + ", residences=" + residences
                + "]";
    }

    public record Registration(Resident resident, ResidentRegistered event) {
    }

    public record MoveOut(Resident resident, ResidentMovedOut event) {
    }
}
