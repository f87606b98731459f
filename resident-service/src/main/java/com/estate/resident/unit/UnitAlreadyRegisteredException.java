package com.estate.resident.unit;

import com.estate.platform.problem.ConflictException;

/** The community already has a unit with this building and number. */
public class UnitAlreadyRegisteredException extends ConflictException {

    public UnitAlreadyRegisteredException(String building, String unitNumber) {
        super("unit-exists", "unit " + building + " / " + unitNumber + " is already registered", building,
                unitNumber);
    }
}
