package com.estate.workorder.dispatch;

import com.estate.platform.problem.BusinessRuleException;

/** 422: the technician has no profile with the category's skill in the order's community. */
public class TechnicianCannotTakeException extends BusinessRuleException {

    public TechnicianCannotTakeException(String staffId, String communityId, String category) {
        super("technician-cannot-take", "technician " + staffId + " does not do " + category + " in community "
                + communityId, staffId, category, communityId);
    }
}
