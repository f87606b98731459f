package com.estate.platform.idempotency;

import com.estate.platform.problem.ConflictException;
import java.util.Map;

/**
 * The first request with this key is still running: 409, and the client retries after {@code Retry-After} seconds
 * with the same key, then gets the first request's answer.
 */
public class IdempotencyKeyInProgressException extends ConflictException {

    /** Most commands finish within a second; the client should not hammer the key meanwhile. */
    static final String RETRY_AFTER_SECONDS = "1";

    public IdempotencyKeyInProgressException() {
        super("idempotency-key-in-progress", "a request with this Idempotency-Key is still in progress");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", RETRY_AFTER_SECONDS);
    }
}
