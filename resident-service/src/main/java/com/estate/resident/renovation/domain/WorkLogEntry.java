package com.estate.resident.renovation.domain;

import java.time.Instant;

/**
 * Work observed or reported at a time; flagged when that time is outside the community's working hours.
 */
public record WorkLogEntry(String id, Instant at, String note, boolean outsideWorkingHours, String by,
        Instant recordedAt) {
}
