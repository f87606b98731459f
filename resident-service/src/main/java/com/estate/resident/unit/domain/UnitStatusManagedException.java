package com.estate.resident.unit.domain;

import com.estate.platform.problem.ConflictException;

/**
 * A client tried to set a status that only this service's processes set (occupied, in custody, under renovation),
 * or to change the status of a unit a process holds.
 */
public class UnitStatusManagedException extends ConflictException {

    /** @param managed the status that belongs to the processes: the one asked for, or the one the unit has */
    public UnitStatusManagedException(UnitStatus managed) {
        super("unit-status-managed", "status " + managed + " is set and replaced by processes only", managed.name());
    }
}
