package com.estate.platform.core.pii;

/** A personal-data key is missing or unusable: the service must not start, or it would store data in clear. */
public class MissingPiiKeyException extends IllegalStateException {

    private final String property;

    public MissingPiiKeyException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    /** The configuration property to set, e.g. {@code app.pii.keys}. */
    public String property() {
        return property;
    }
}
