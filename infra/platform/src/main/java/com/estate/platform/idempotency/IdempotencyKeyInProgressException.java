package com.estate.platform.idempotency;

import com.estate.platform.problem.ConflictException;

/** The first request with this key is still running: 409, the client retries shortly and then gets its answer. */
public class IdempotencyKeyInProgressException extends ConflictException {

    public IdempotencyKeyInProgressException() {
        super("idempotency-key-in-progress", "a request with this Idempotency-Key is still in progress");
    }
}
