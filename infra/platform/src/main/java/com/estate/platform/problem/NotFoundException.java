package com.estate.platform.problem;

/** The record does not exist, or the caller may not see it: both answer 404 so nothing leaks. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " was not found", what, id);
    }

    @Override
    public int status() {
        return 404;
    }
}
