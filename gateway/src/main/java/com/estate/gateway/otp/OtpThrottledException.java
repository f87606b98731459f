package com.estate.gateway.otp;

/** A new code was asked for too soon; {@code retryAfterSeconds} until the next may be. */
class OtpThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    OtpThrottledException(long retryAfterSeconds) {
        super("otp resend throttled", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
