package com.estate.platform.problem;

/** The request clashes with what is already stored (e.g. the same unit twice). */
public class ConflictException extends ProblemException {

    public ConflictException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }

    @Override
    public int status() {
        return 409;
    }
}
