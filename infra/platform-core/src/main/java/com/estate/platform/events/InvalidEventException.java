package com.estate.platform.events;

/**
 * An event that can never be processed (its data breaks the contract). Not retried: it goes straight to the
 * dead-letter topic so the partition keeps flowing.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For readers whose message says all there is to say: no stack trace is filled in or logged. */
    protected InvalidEventException(String message, boolean writableStackTrace) {
        super(message, null, false, writableStackTrace);
    }
}
