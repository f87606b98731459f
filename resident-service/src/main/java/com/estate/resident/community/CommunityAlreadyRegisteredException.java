package com.estate.resident.community;

import com.estate.platform.problem.ConflictException;

/** Another community already has this name. */
public class CommunityAlreadyRegisteredException extends ConflictException {

    public CommunityAlreadyRegisteredException(String name) {
        super("community-exists", "community " + name + " is already registered", name);
    }
}
