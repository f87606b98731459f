package com.estate.resident.resident.domain;

import java.time.Instant;
import java.util.List;

/**
 * Domain event: a resident was registered for these units, at first or later for more units (the same person,
 * one resident record). Mapped to the integration event in messaging.
 */
public record ResidentRegistered(Resident resident, List<String> unitIds, Relation relation, long residentVersion,
        Instant registeredAt) {
}
