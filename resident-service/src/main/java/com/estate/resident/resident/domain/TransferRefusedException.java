package com.estate.resident.resident.domain;

import com.estate.platform.problem.BusinessRuleException;

/** An ownership transfer the unit's history does not allow (422). */
public class TransferRefusedException extends BusinessRuleException {

    public TransferRefusedException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }
}
