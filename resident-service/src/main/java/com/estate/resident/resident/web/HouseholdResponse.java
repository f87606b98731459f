package com.estate.resident.resident.web;

import com.estate.platform.core.pii.MaskedPhone;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.resident.domain.Residence;
import com.estate.resident.resident.domain.Resident;
import com.estate.resident.resident.domain.ResidentKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Who lives in a unit (owners first, then tenants and household members), and with {@code history} also who lived
 * there, from when to when.
 */
record HouseholdResponse(String unitId, List<Member> members) {

    record Member(String residentId, ResidentKind kind, String name, MaskedPhone phone, Relation relation,
            LocalDate since, LocalDate until, LocalDate leaseEndsOn) {
    }

    static HouseholdResponse of(String unitId, List<Resident> residents, boolean history) {
        List<Member> members = residents.stream()
                .flatMap(resident -> resident.residences().stream()
                        .filter(residence -> residence.unitId().equals(unitId))
                        .filter(residence -> history || residence.isCurrent())
                        .map(residence -> member(resident, residence)))
                .sorted(Comparator.comparing((Member member) -> member.until() != null)
                        .thenComparing(Member::relation)
                        .thenComparing(Member::since)
                        .thenComparing(Member::residentId))
                .toList();
        return new HouseholdResponse(unitId, members);
    }

    private static Member member(Resident resident, Residence residence) {
        return new Member(resident.id(), resident.kind(), resident.name(), MaskedPhone.of(resident.phone()),
                residence.relation(), residence.since(), residence.until(), residence.leaseEndsOn());
    }
}
