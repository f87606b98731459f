package com.estate.local;

/** A start-up failure with a message that says it all (port taken, directory in use): no stack trace needed. */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
