package com.estate.resident.custody.domain;

import com.estate.platform.problem.ConflictException;

/** The custody has ended: nothing more is recorded on it (409). */
public class CustodyEndedException extends ConflictException {

    public CustodyEndedException(String custodyId) {
        super("custody-ended", "custody " + custodyId + " has ended", custodyId);
    }
}
