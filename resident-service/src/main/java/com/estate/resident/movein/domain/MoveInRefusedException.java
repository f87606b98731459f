package com.estate.resident.movein.domain;

import com.estate.platform.problem.BusinessRuleException;

/**
 * A well-formed step the case's rules refuse: a document the checklist does not ask for, a scan not uploaded to the
 * case, a room or item not on the checklist, an agreement missing, a defect not ready for what was asked.
 */
public class MoveInRefusedException extends BusinessRuleException {

    public MoveInRefusedException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }
}
