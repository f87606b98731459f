package com.estate.gateway.problem;

import java.util.Arrays;

/**
 * Thrown by gateway code that wants a specific problem answered. It names the kind and the arguments of the
 * kind's catalog detail, not a text: the text is chosen later, in the language of the request.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final transient Object[] args;

    public ProblemException(ProblemKind kind, Object... args) {
        super(kind.code(), null, false, false); // expected outcome, not a fault: no stack trace to fill
        this.kind = kind;
        this.args = args.clone();
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
