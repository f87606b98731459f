package com.estate.workorder.dispatch;

import com.estate.platform.problem.ConflictException;

/** 409: automatic dispatch found no technician with the skill in the community. */
public class NoTechnicianAvailableException extends ConflictException {

    public NoTechnicianAvailableException(String communityId, String category) {
        super("no-technician-available", "no technician of community " + communityId + " has the skill " + category,
                communityId, category);
    }
}
