package com.estate.platform.concurrency;

import com.estate.platform.problem.ProblemException;

/** A change of one record came without {@code If-Match}: 428, so no client overwrites a change it never saw. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException() {
        super("precondition-required", "If-Match is required");
    }

    @Override
    public int status() {
        return 428;
    }
}
