package com.estate.gateway.problem;

import java.util.Arrays;

/**
 * Thrown by gateway code that wants a specific problem answered. It names the kind and the arguments of the
 * kind's catalog detail, not a text: the text is chosen later, in the language of the request.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] args;

    public ProblemException(ProblemKind kind, Object... args) {
        this(kind, kind.detailKey(), args);
    }

    private ProblemException(ProblemKind kind, String detailKey, Object... args) {
        super(kind.code(), null, false, false); // expected outcome, not a fault: no stack trace to fill
        this.kind = kind;
        this.detailKey = detailKey;
        this.args = args.clone();
    }

    /** A variant detail of the catalog, e.g. {@code problem.duplicate.detail.username}. */
    public static ProblemException withDetail(ProblemKind kind, String detailKey, Object... args) {
        return new ProblemException(kind, detailKey, args);
    }

    public String detailKey() {
        return detailKey;
    }

    public ProblemKind kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "ProblemException[" + kind.code() + Arrays.toString(args) + "]";
    }
}
