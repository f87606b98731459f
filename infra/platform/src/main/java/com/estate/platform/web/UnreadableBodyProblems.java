package com.estate.platform.web;

import com.estate.contracts.problems.ExpectedTypes;
import com.estate.platform.problem.PayloadTooLargeException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says precisely why a request body could not be read: missing, too large, not JSON, a wrong type or an unknown
 * enum value in a named field. Jackson's own messages are not passed on: they name Java classes.
 */
class UnreadableBodyProblems {

    private final Problems problems;

    UnreadableBodyProblems(Problems problems) {
        this.problems = problems;
    }

    ProblemDetail describe(HttpMessageNotReadableException e) {
        Throwable cause = rootOfInterest(e);
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return problems.create(HttpStatus.CONTENT_TOO_LARGE, tooLarge.code(), tooLarge.args());
        }
        if (cause instanceof StreamReadException) {
            return problems.create(HttpStatus.BAD_REQUEST, "malformed-json");
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return fieldProblem(jackson);
        }
        if (cause instanceof ValueInstantiationException) {
            return problems.create(HttpStatus.BAD_REQUEST, "bad-request");
        }
        if (cause == null || cause == e) {
            return problems.create(HttpStatus.BAD_REQUEST, "missing-body");
        }
        return problems.create(HttpStatus.BAD_REQUEST, "malformed-json");
    }

    private ProblemDetail fieldProblem(JacksonException e) {
        String field = path(e);
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = problems.message("problem.unknown-enum.field", ExpectedTypes.describe(invalid.getTargetType(), LocaleContextHolder.getLocale()));
        } else if (e instanceof MismatchedInputException mismatch) {
            message = problems.message("problem.type-mismatch.field", ExpectedTypes.describe(mismatch.getTargetType(), LocaleContextHolder.getLocale()));
        } else {
            message = problems.message("problem.invalid-value.field");
        }
        ProblemDetail body = problems.create(HttpStatus.BAD_REQUEST, "validation", field);
        body.setProperty("errors", List.of(new FieldError(field, message)));
        return body;
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Throwable rootOfInterest(Throwable e) {
        Throwable current = e.getCause();
        while (current != null) {
            if (current instanceof PayloadTooLargeException || current instanceof JacksonException) {
                return current;
            }
            current = current.getCause();
        }
        return e.getCause() == null ? e : e.getCause();
    }
}
