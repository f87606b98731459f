package com.estate.platform.problem;

/** A well-formed request that a business rule refuses (e.g. a deadline passed, a state that forbids it). */
public class BusinessRuleException extends ProblemException {

    public BusinessRuleException(String code, String defaultDetail, Object... args) {
        super(code, defaultDetail, args);
    }

    @Override
    public int status() {
        return 422;
    }
}
