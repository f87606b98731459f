package com.estate.gateway.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body with the suite's {@code code} extension. A record rather than Spring's
 * {@code ProblemDetail} so the wire shape is fixed by this class alone, whatever the JSON mapper's set-up.
 * Build one with {@link Problems}, which fills in the catalog texts in the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String code,
        String instance,
        String requestId,
        List<FieldViolation> errors) {

    public Problem withErrors(List<FieldViolation> violations) {
        return new Problem(type, title, status, detail, code, instance, requestId, List.copyOf(violations));
    }

    /** One rejected field of a request body. */
    public record FieldViolation(String field, String message) {
    }
}
