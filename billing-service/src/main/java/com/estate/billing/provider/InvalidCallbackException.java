package com.estate.billing.provider;

import com.estate.platform.problem.ProblemException;

/**
 * A callback that cannot be trusted (bad or missing signature, stale timestamp) or read. Answered 401, so a forged
 * callback confirms nothing and a real provider, seeing the refusal, delivers again.
 */
public class InvalidCallbackException extends ProblemException {

    public InvalidCallbackException(String provider, String why) {
        super("invalid-payment-callback", "callback refused: " + why, provider, why);
    }

    @Override
    public int status() {
        return 401;
    }
}
