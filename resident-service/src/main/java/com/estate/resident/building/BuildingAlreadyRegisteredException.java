package com.estate.resident.building;

import com.estate.platform.problem.ConflictException;

/** The community already has a building of this name. */
public class BuildingAlreadyRegisteredException extends ConflictException {

    public BuildingAlreadyRegisteredException(String name) {
        super("building-exists", "building " + name + " is already registered", name);
    }
}
