package com.estate.gateway.residents;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident who may log in with a one-time code, as learned from resident-service's events. Keyed by the
 * residentId (the token subject). Only the keyed phone hash is known here, never the number. {@code revision}
 * guards the read-modify-write of event application; {@code appliedEventIds} (the latest ones, bounded by {@code AppliedEvents}) makes a
 * redelivered event a no-op, written in the same single-document update as the change it caused.
 * {@code lastVersion} and {@code lastEventTime} say how far into the resident's history the account is (the
 * highest {@code residentVersion} and the latest event time applied; either may be null on documents written
 * before they existed), so an older event arriving late changes nothing. A resident who moved out before the
 * gateway heard of them has an account with no phone hash, disabled.
 */
@Document("resident_accounts")
public record ResidentAccount(
        @Id String residentId,
        String phoneHash,
        String communityId,
        List<String> unitIds,
        boolean enabled,
        long revision,
        List<String> appliedEventIds,
        Instant updatedAt,
        Long lastVersion,
        Instant lastEventTime) {

    public ResidentAccount {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        appliedEventIds = appliedEventIds == null ? List.of() : List.copyOf(appliedEventIds);
    }

    boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }
}
