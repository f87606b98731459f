package com.estate.gateway.problem;

import java.time.Duration;

/**
 * A request refused for now (429 {@code too-many-requests}); the answer tells the client in {@code Retry-After}
 * how many whole seconds to wait.
 */
public final class RetryLaterException extends ProblemException {

    private final long retryAfterSeconds;

    private RetryLaterException(long retryAfterSeconds) {
        super(ProblemKind.TOO_MANY_REQUESTS, Long.toString(retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static RetryLaterException after(Duration wait) {
        return new RetryLaterException(seconds(wait));
    }

    /** What {@code Retry-After} says for a wait: whole seconds, rounded up. */
    public static long seconds(Duration wait) {
        // Rounded up, and never 0: "retry after 0 s" invites an immediate retry that is refused again.
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
