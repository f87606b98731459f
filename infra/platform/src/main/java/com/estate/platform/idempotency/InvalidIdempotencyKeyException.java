package com.estate.platform.idempotency;

import com.estate.platform.problem.ProblemException;

/** The {@code Idempotency-Key} header is empty, too long or has characters outside printable ASCII. */
public class InvalidIdempotencyKeyException extends ProblemException {

    public InvalidIdempotencyKeyException() {
        super("invalid-idempotency-key", "the Idempotency-Key must be 1 to 64 printable ASCII characters");
    }

    @Override
    public int status() {
        return 400;
    }
}
