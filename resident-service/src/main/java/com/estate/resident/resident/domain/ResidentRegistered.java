package com.estate.resident.resident.domain;

import java.util.List;

/** Domain event: a resident was registered for these units. Mapped to the integration event in messaging. */
public record ResidentRegistered(Resident resident, List<String> unitIds, Relation relation, long residentVersion) {
}
