package com.estate.gateway.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * The problems the gateway itself answers with. Each has a stable {@code type} URI and a machine {@code code}
 * that clients may rely on; titles are for humans and may change.
 */
public enum ProblemKind {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed_request", "Malformed request"),
    VALIDATION(HttpStatus.BAD_REQUEST, "validation", "Validation failed"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized"),
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "invalid_credentials", "Invalid credentials"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not_found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "Not acceptable"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Unsupported media type"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal error"),
    BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad_gateway", "Bad gateway"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway_timeout", "Gateway timeout");

    private static final String TYPE_BASE = "https://estate.local/problems/";

    private final HttpStatus status;
    private final String code;
    private final String title;

    ProblemKind(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return typeFor(code);
    }

    /** The stable type URI for a machine code: {@code not_found} becomes {@code .../problems/not-found}. */
    public static URI typeFor(String code) {
        return URI.create(TYPE_BASE + code.replace('_', '-'));
    }

    /**
     * The general kind for a bare status (a framework {@code ResponseStatusException}); empty when the
     * gateway has no kind for it, e.g. 409 or 429.
     */
    public static Optional<ProblemKind> forStatus(int status) {
        return Arrays.stream(values())
                .filter(kind -> kind.status.value() == status)
                .filter(kind -> kind != INVALID_CREDENTIALS && kind != VALIDATION && kind != MALFORMED_REQUEST)
                .findFirst()
                .or(() -> status == 400 ? Optional.of(MALFORMED_REQUEST) : Optional.empty());
    }
}
