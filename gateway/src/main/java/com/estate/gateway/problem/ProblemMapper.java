package com.estate.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import com.estate.gateway.problem.Problem.FieldViolation;

import io.netty.channel.ConnectTimeoutException;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Decides which problem an exception stands for, with the codes the services use for the same failure. Texts
 * come from the catalog: they never echo exception messages, which can carry class names, hosts or parser
 * internals.
 */
public class ProblemMapper {

    /** Spring's default for {@code spring.http.codecs.max-in-memory-size}. */
    static final long DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    private final FieldMessages fieldMessages;
    private final long maxBodyBytes;

    public ProblemMapper(FieldMessages fieldMessages, long maxBodyBytes) {
        this.fieldMessages = fieldMessages;
        this.maxBodyBytes = maxBodyBytes;
    }

    public Problem toProblem(ServerWebExchange exchange, Throwable ex) {
        if (ex instanceof ProblemException problem) {
            return Problems.withDetail(exchange, problem.kind(), problem.detailKey(), problem.args());
        }
        if (ex instanceof WebExchangeBindException invalid) {
            Locale locale = ProblemLanguage.of(exchange);
            return validation(exchange, invalid.getFieldErrors().stream()
                    .map(error -> new FieldViolation(error.getField(), fieldMessages.violated(error, locale)))
                    .toList());
        }
        if (hasCause(ex, DataBufferLimitException.class)) {
            return Problems.of(exchange, ProblemKind.BODY_TOO_LARGE, maxBodyBytes);
        }
        if (ex instanceof ServerWebInputException input) {
            return unreadable(exchange, input);
        }
        if (ex instanceof UnsupportedMediaTypeStatusException) {
            return Problems.of(exchange, ProblemKind.UNSUPPORTED_MEDIA_TYPE);
        }
        if (ex instanceof NotAcceptableStatusException) {
            return Problems.of(exchange, ProblemKind.NOT_ACCEPTABLE);
        }
        if (ex instanceof MethodNotAllowedException) {
            return Problems.of(exchange, ProblemKind.METHOD_NOT_ALLOWED);
        }
        if (isUnreachable(ex)) {
            return upstream(exchange, ProblemKind.UNAVAILABLE);
        }
        if (hasCause(ex, TimeoutException.class)) {
            return upstream(exchange, ProblemKind.GATEWAY_TIMEOUT);
        }
        if (isConnectionLost(ex)) {
            return connectionLost(exchange);
        }
        if (ex instanceof ResponseStatusException status) {
            return fromStatus(exchange, status.getStatusCode().value());
        }
        return Problems.of(exchange, ProblemKind.INTERNAL);
    }

    /**
     * A request body that could not be read, told apart as the services do: missing, not JSON, or JSON with a
     * value of the wrong type in a named field (a validation problem for that field).
     */
    private Problem unreadable(ServerWebExchange exchange, ServerWebInputException ex) {
        JacksonException jackson = cause(ex, JacksonException.class);
        if (jackson instanceof StreamReadException) {
            return Problems.of(exchange, ProblemKind.MALFORMED_JSON);
        }
        if (jackson instanceof ValueInstantiationException) {
            return Problems.of(exchange, ProblemKind.BAD_REQUEST);
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            return validation(exchange, List.of(new FieldViolation(field,
                    fieldMessage(jackson, ProblemLanguage.of(exchange)))));
        }
        if (jackson != null) {
            return Problems.of(exchange, ProblemKind.MALFORMED_JSON);
        }
        if (isMissingBody(ex)) {
            return Problems.of(exchange, ProblemKind.MISSING_BODY);
        }
        // A missing or unreadable parameter other than the body: nothing the catalog names more precisely.
        return Problems.of(exchange, ProblemKind.BAD_REQUEST);
    }

    /**
     * WebFlux reports an absent body of a {@code @RequestBody} parameter as a decoding failure with nothing
     * underneath; a body that was there but unreadable always has the parser's exception as the cause.
     */
    private static boolean isMissingBody(ServerWebInputException ex) {
        MethodParameter parameter = ex.getMethodParameter();
        return parameter != null && parameter.hasParameterAnnotation(RequestBody.class)
                && ex.getCause() instanceof DecodingException decoding && decoding.getCause() == null;
    }

    private String fieldMessage(JacksonException ex, Locale locale) {
        if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return fieldMessages.unknownConstant(invalid.getTargetType(), locale);
        }
        if (ex instanceof MismatchedInputException mismatch) {
            return fieldMessages.wrongType(mismatch.getTargetType(), locale);
        }
        return fieldMessages.invalid(locale);
    }

    /** The detail names the rejected fields; each field's own message is in {@code errors}. */
    private static Problem validation(ServerWebExchange exchange, List<FieldViolation> violations) {
        String fields = violations.stream().map(FieldViolation::field).distinct().collect(Collectors.joining(", "));
        return Problems.of(exchange, ProblemKind.VALIDATION, fields).withErrors(violations);
    }

    private Problem fromStatus(ServerWebExchange exchange, int status) {
        ProblemKind kind = ProblemKind.forStatus(status);
        return switch (kind) {
            case UNAVAILABLE, GATEWAY_TIMEOUT, BAD_GATEWAY -> upstream(exchange, kind);
            case NOT_FOUND -> Problems.withDetail(exchange, kind, "problem.not-found.detail.path");
            case BODY_TOO_LARGE -> Problems.of(exchange, kind, maxBodyBytes);
            default -> Problems.withStatus(exchange, status, kind);
        };
    }

    /** A failed proxy call: the detail names the service (the route id, e.g. resident-service) when known. */
    private static Problem upstream(ServerWebExchange exchange, ProblemKind kind) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null
                ? Problems.of(exchange, kind)
                : Problems.withDetail(exchange, kind, kind.detailKey() + ".service", route.getId());
    }

    /**
     * The connection broke after the request went out: the service closed it or reset it (a process killed
     * mid-request) before answering. Whether the request was carried out is unknown, so the problem says so: the
     * app may retry with the same {@code Idempotency-Key}. Connect failures never get here ({@link #isUnreachable}
     * is asked first): nothing was sent then.
     */
    private static boolean isConnectionLost(Throwable ex) {
        return hasCause(ex, PrematureCloseException.class) || hasCause(ex, IOException.class);
    }

    private static Problem connectionLost(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null
                ? Problems.of(exchange, ProblemKind.BAD_GATEWAY)
                : Problems.withDetail(exchange, ProblemKind.BAD_GATEWAY, "problem.bad-gateway.detail.outcome-unknown",
                        route.getId());
    }

    private static boolean isUnreachable(Throwable ex) {
        return hasCause(ex, ConnectException.class) // includes Netty's AnnotatedConnectException
                || hasCause(ex, ConnectTimeoutException.class)
                || hasCause(ex, UnknownHostException.class)
                || hasCause(ex, UnresolvedAddressException.class)
                || (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 503);
    }

    /** The JSON path of the failing value, e.g. {@code items[2].name}. */
    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        return cause(ex, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
