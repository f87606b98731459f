package com.estate.resident.resident;

import com.estate.platform.problem.ConflictException;

/** The community already has a resident with this identity document (never named: the number is personal data). */
public class ResidentAlreadyRegisteredException extends ConflictException {

    public ResidentAlreadyRegisteredException() {
        super("resident-exists", "a resident with this identity document is already registered in the community");
    }
}
