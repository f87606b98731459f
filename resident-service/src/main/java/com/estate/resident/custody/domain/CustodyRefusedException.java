package com.estate.resident.custody.domain;

import com.estate.platform.problem.BusinessRuleException;

/** A custody command the record does not allow (422): a reading that goes back, a day out of range. */
public class CustodyRefusedException extends BusinessRuleException {

    public CustodyRefusedException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }
}
