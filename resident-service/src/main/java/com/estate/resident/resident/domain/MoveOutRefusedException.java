package com.estate.resident.resident.domain;

import com.estate.platform.problem.BusinessRuleException;

/**
 * A move-out the resident's history does not allow: already moved out, not living in that unit, a day before the
 * move-in or still to come.
 */
public class MoveOutRefusedException extends BusinessRuleException {

    public MoveOutRefusedException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }
}
