package com.estate.platform.web;

import com.estate.contracts.problems.ExpectedTypes;
import com.estate.platform.core.validation.CatalogMessages;
import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.problem.ProblemException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure of a request to a problem response. Bad input is a 4xx that says what to fix; anything
 * unexpected is a 500 with a generic message, logged here with its stack trace and never sent to the caller.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;
    private final UnreadableBodyProblems unreadable;

    public ProblemAdvice(Problems problems) {
        this.problems = problems;
        this.unreadable = new UnreadableBodyProblems(problems);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException e) {
        return validation(List.of(new FieldError(e.parameter(), problems.message(e.messageKey(), e.messageArgs()))));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e) {
        HttpStatusCode status = HttpStatusCode.valueOf(e.status());
        ProblemDetail body = problems.create(status, e.code(), e.args());
        if (body.getDetail() == null) {
            body.setDetail(e.getMessage());
        }
        e.properties().forEach(body::setProperty);
        HttpHeaders headers = new HttpHeaders();
        e.headers().forEach(headers::set);
        return ResponseEntity.status(status).headers(headers).body(body);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.create(HttpStatus.CONFLICT, "duplicate"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .body(problems.create(HttpStatus.PRECONDITION_FAILED, "stale-version"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problems.create(HttpStatus.FORBIDDEN, "forbidden"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(problems.create(HttpStatus.UNAUTHORIZED, "unauthorized"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return malformedId();
        }
        ProblemDetail body = problems.create(HttpStatus.BAD_REQUEST, "type-mismatch", e.getName());
        body.setProperty("errors", List.of(new FieldError(e.getName(),
                problems.message("problem.type-mismatch.field", ExpectedTypes.describe(e.getRequiredType(), LocaleContextHolder.getLocale())))));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode())
                    .body(problems.create(known.getStatusCode(), codeFor(known.getStatusCode())));
        }
        log.error("unexpected failure", e);
        return ResponseEntity.internalServerError().body(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal"));
    }

    /** A path variable that converts to nothing (a blank id, {@code %20}) is a malformed id too. */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return e.isMissingAfterConversion() ? malformedId() : super.handleMissingPathVariable(e, headers, status, request);
    }

    /**
     * An id that is not in the service's format (a path variable typed UUID, say) names no record: the same 404 as
     * a well-formed id that matches nothing (infra/ARCHITECTURE.md §11).
     */
    private ResponseEntity<Object> malformedId() {
        ProblemDetail body = problems.create(HttpStatus.NOT_FOUND, "not-found");
        body.setDetail(problems.message("problem.not-found.detail.malformed-id"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), fieldMessage(f.getDefaultMessage()))).toList();
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(parameterName(r), fieldMessage(err.getDefaultMessage()))))
                .toList();
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = unreadable.describe(e);
        return ResponseEntity.status(body.getStatus()).body(body);
    }

    /** Every other standard MVC exception (405, 415, 406, 404 no handler, missing parameter, ...). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.create(status, codeFor(status));
        if (status.value() == 404) {
            // no handler for the path (a missing record raises NotFoundException instead)
            problem.setDetail(problems.message("problem.not-found.detail.path"));
        } else if (e instanceof ErrorResponse known && known.getBody().getDetail() != null) {
            problem.setDetail(known.getBody().getDetail());
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    /** A constraint's message, or the catalog's text when it names a catalog key (e.g. {@code @MainlandMobile}). */
    private static String fieldMessage(String message) {
        return CatalogMessages.resolve(message, LocaleContextHolder.getLocale());
    }

    private ResponseEntity<Object> validation(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail body = problems.create(HttpStatus.BAD_REQUEST, "validation", fields);
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" : name;
    }

    /** The catalog code for an HTTP status, for a failure that carries nothing more specific. */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "duplicate";
            case 412 -> "stale-version";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
    }
}
