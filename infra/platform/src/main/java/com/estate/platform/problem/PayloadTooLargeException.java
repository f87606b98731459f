package com.estate.platform.problem;

/** The request body is larger than the configured limit. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limitBytes) {
        super("body-too-large", "the request body exceeds " + limitBytes + " bytes", limitBytes);
    }

    @Override
    public int status() {
        return 413;
    }
}
