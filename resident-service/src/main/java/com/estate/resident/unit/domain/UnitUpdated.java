package com.estate.resident.unit.domain;

import java.time.Instant;
import java.util.List;

/**
 * Domain event: a registered unit changed; {@code unit} is its state after the change and {@code changedFields}
 * names what changed. Mapped to the integration event in unit.messaging.
 */
public record UnitUpdated(Unit unit, List<String> changedFields, Instant updatedAt) {

    public UnitUpdated {
        changedFields = List.copyOf(changedFields);
    }
}
