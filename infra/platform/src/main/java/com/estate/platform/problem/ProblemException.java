package com.estate.platform.problem;

import java.util.Arrays;
import java.util.Map;

/**
 * A failure the caller can act on, answered as an RFC 9457 problem. {@code code} is the stable machine code and
 * the message key ({@code problem.<code>.detail}); {@code args} fill the localised message. Plain Java, so
 * domain code may throw it.
 */
public abstract class ProblemException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected ProblemException(String code, String defaultDetail, Object... args) {
        super(defaultDetail);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    /** HTTP status the problem is answered with. */
    public abstract int status();

    /** Extra members of the problem body beyond {@code code}, e.g. the current ETag of a 412; none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Response headers that go with the problem, e.g. {@code Retry-After}; none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
