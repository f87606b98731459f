package com.estate.resident.custody;

import com.estate.platform.problem.ConflictException;

/** The unit is in custody already: end that custody first (409). */
public class CustodyActiveException extends ConflictException {

    public CustodyActiveException(String unitId) {
        super("custody-active", "unit " + unitId + " is in custody already", unitId);
    }
}
