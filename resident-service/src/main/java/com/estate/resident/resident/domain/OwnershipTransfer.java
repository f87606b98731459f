package com.estate.resident.resident.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a change of a unit's owners (过户) does to who lives there, on the day it takes effect: the old owners'
 * residences end, and so do those of their household members unless an owner stays (they lived there as the
 * owners' family); the new owners' begin. An owner who is also a new owner (a co-owner buying the others out) simply stays. Tenants stay:
 * a sale does not end a lease (买卖不破租赁, Civil Code art. 725). A new owner who lived there in another relation
 * (a household member given the flat) leaves that relation and begins as an owner, so the history shows both.
 *
 * @param leaving  residents whose current residence in the unit ends on {@code day}
 * @param joining  new owners who begin as owners on {@code day}
 * @param staying  owners who remain owners
 */
public record OwnershipTransfer(String unitId, LocalDate day, List<String> previousOwners, List<String> leaving,
        List<String> joining, List<String> staying) {

    public OwnershipTransfer {
        previousOwners = List.copyOf(previousOwners);
        leaving = List.copyOf(leaving);
        joining = List.copyOf(joining);
        staying = List.copyOf(staying);
    }

    /**
     * @param residents everyone registered for the unit (with their history)
     * @param newOwners the residents who own the unit from {@code day}; new people are registered by the caller
     *                  and named here by their new ids
     * @param today     the community's today: a transfer is recorded once it took effect
     */
    public static OwnershipTransfer plan(String unitId, List<Resident> residents, List<String> newOwners,
            LocalDate day, LocalDate today) {
        Objects.requireNonNull(day, "day");
        Set<String> owners = new LinkedHashSet<>(newOwners);
        if (owners.isEmpty() || owners.size() != newOwners.size()) {
            throw new IllegalArgumentException("a transfer names its new owners, each once");
        }
        if (day.isAfter(today)) {
            throw new TransferRefusedException("transfer-in-future", "a transfer on " + day + " is after today "
                    + today, day.toString());
        }
        List<String> previous = new ArrayList<>();
        List<String> staying = new ArrayList<>();
        for (Resident resident : residents) {
            if (current(resident, unitId, Relation.OWNER) != null) {
                previous.add(resident.id());
                if (owners.contains(resident.id())) {
                    staying.add(resident.id());
                }
            }
        }
        List<String> leaving = new ArrayList<>();
        for (Resident resident : residents) {
            for (Relation relation : Relation.values()) {
                Residence residence = current(resident, unitId, relation);
                if (residence != null && leaves(resident.id(), relation, owners, !staying.isEmpty())) {
                    if (day.isBefore(residence.since())) {
                        throw new TransferRefusedException("transfer-before-move-in", "a transfer on " + day
                                + " is before resident " + resident.id() + " moved in on " + residence.since(),
                                day.toString(), residence.since().toString());
                    }
                    leaving.add(resident.id());
                }
            }
        }
        if (previous.isEmpty()) {
            throw new TransferRefusedException("transfer-without-owner", "unit " + unitId
                    + " has no current owner to transfer from", unitId);
        }
        List<String> joining = owners.stream().filter(owner -> !staying.contains(owner)).toList();
        if (joining.isEmpty() && staying.size() == previous.size()) {
            throw new TransferRefusedException("transfer-unchanged", "the new owners of unit " + unitId
                    + " are its owners already", unitId);
        }
        return new OwnershipTransfer(unitId, day, previous, leaving, joining, staying);
    }

    /**
     * Whether a current relation to the unit ends: an owner's unless they are a new owner too; a household member's
     * unless an owner stays (their family lives on there) or they become an owner (then it ends for the new one); a
     * tenant's only when the tenant becomes an owner.
     */
    private static boolean leaves(String residentId, Relation relation, Set<String> newOwners, boolean anOwnerStays) {
        boolean becomesOwner = newOwners.contains(residentId);
        return switch (relation) {
            case OWNER -> !becomesOwner;
            case HOUSEHOLD_MEMBER -> becomesOwner || !anOwnerStays;
            case TENANT -> becomesOwner;
        };
    }

    private static Residence current(Resident resident, String unitId, Relation relation) {
        return resident.currentResidences().stream()
                .filter(residence -> residence.unitId().equals(unitId) && residence.relation() == relation)
                .findFirst().orElse(null);
    }
}
