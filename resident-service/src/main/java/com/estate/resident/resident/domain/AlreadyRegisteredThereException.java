package com.estate.resident.resident.domain;

import com.estate.platform.problem.ConflictException;

/**
 * The person already lives in (one of) the units they are being registered for: 409, the same answer as a second
 * registration of their identity document used to give, never naming the number.
 */
public class AlreadyRegisteredThereException extends ConflictException {

    public AlreadyRegisteredThereException(String residentId) {
        super("resident-exists", "resident " + residentId + " is already registered for the unit", residentId);
    }
}
