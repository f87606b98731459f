package com.estate.resident.unit.domain;

/** Domain event: a unit now exists. Mapped to the integration event in unit.messaging. */
public record UnitRegistered(Unit unit) {
}
