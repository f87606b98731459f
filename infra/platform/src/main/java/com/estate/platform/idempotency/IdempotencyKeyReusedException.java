package com.estate.platform.idempotency;

import com.estate.platform.problem.BusinessRuleException;

/** The caller sent a different request (method, path or body) under a key already used: 422, nothing runs. */
public class IdempotencyKeyReusedException extends BusinessRuleException {

    public IdempotencyKeyReusedException() {
        super("idempotency-key-reused", "the Idempotency-Key was used for a different request");
    }
}
