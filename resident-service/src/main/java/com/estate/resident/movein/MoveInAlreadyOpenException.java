package com.estate.resident.movein;

import com.estate.platform.problem.ConflictException;

/** One case per unit and owner: a second one answers 409. */
class MoveInAlreadyOpenException extends ConflictException {

    MoveInAlreadyOpenException(String unitId, String ownerResidentId) {
        super("move-in-exists", "a move-in case for this owner and unit already exists", unitId, ownerResidentId);
    }
}
