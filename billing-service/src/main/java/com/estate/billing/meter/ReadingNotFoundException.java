package com.estate.billing.meter;

import com.estate.platform.problem.ProblemException;

/** No stored reading has this id, or the caller may not see its unit: both 404, so nothing leaks. */
public class ReadingNotFoundException extends ProblemException {

    ReadingNotFoundException(String readingId) {
        super("reading-not-found", "no meter reading " + readingId, readingId);
    }

    @Override
    public int status() {
        return 404;
    }
}
