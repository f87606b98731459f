package com.estate.platform.concurrency;

import com.estate.platform.problem.ProblemException;
import java.util.Map;

/** The record changed since the client read it: 412, with the current ETag in {@code currentEtag}. */
public class PreconditionFailedException extends ProblemException {

    private final String currentEtag;

    public PreconditionFailedException(String currentEtag) {
        super("precondition-failed", "the record is now at " + currentEtag, currentEtag);
        this.currentEtag = currentEtag;
    }

    public String currentEtag() {
        return currentEtag;
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentEtag", currentEtag);
    }
}
