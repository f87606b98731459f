package com.estate.gateway.problem;

/** Thrown by gateway code that wants a specific problem answered; the detail is shown to the client. */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;

    public ProblemException(ProblemKind kind, String detail) {
        super(detail, null, false, false); // expected outcome, not a fault: no stack trace to fill
        this.kind = kind;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detail() {
        return getMessage();
    }
}
