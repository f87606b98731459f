package com.estate.resident.resident.domain;

import java.time.Instant;
import java.util.List;

/** Domain event: a resident's relation to these units ended, recorded at {@code movedOutAt}. */
public record ResidentMovedOut(Resident resident, List<String> unitIds, Instant movedOutAt, long residentVersion) {
}
