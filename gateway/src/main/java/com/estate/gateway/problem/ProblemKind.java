package com.estate.gateway.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;

import com.estate.contracts.problems.ProblemCatalog;

/**
 * The problems the gateway itself answers with, in the suite's shared vocabulary ({@link ProblemCatalog}): the
 * same {@code code} and {@code type} a service would use for the same failure, so a client handles both alike.
 * Titles and details live in the catalog's bundles (zh-CN and en), not here.
 */
public enum ProblemKind {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json"),
    MISSING_BODY(HttpStatus.BAD_REQUEST, "missing-body"),
    VALIDATION(HttpStatus.BAD_REQUEST, "validation"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "invalid-credentials"),
    INVALID_REFRESH_TOKEN(HttpStatus.UNAUTHORIZED, "invalid-refresh-token"),
    WEAK_PASSWORD(HttpStatus.BAD_REQUEST, "weak-password"),
    DUPLICATE(HttpStatus.CONFLICT, "duplicate"),
    SELF_LOCKOUT(HttpStatus.CONFLICT, "self-lockout"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal"),
    BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout");

    private final HttpStatus status;
    private final String code;

    ProblemKind(HttpStatus status, String code) {
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public URI type() {
        return ProblemCatalog.type(code);
    }

    public String title(Locale locale) {
        return ProblemCatalog.title(code, locale);
    }

    /** The catalog key of this kind's usual detail; variants add a suffix, e.g. {@code .service}. */
    public String detailKey() {
        return "problem." + code + ".detail";
    }

    /**
     * The kind for a bare status (a framework {@code ResponseStatusException}). Like the services, a status
     * without a kind of its own becomes {@code bad-request} (4xx) or {@code internal} (5xx); the response keeps
     * the real status.
     */
    public static ProblemKind forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 502 -> BAD_GATEWAY;
            case 503 -> UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL;
        };
    }
}
