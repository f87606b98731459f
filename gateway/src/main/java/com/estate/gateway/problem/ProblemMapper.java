package com.estate.gateway.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import com.estate.gateway.problem.Problem.FieldViolation;
import com.estate.gateway.web.RequestIdFilter;

import io.netty.channel.ConnectTimeoutException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Decides which problem an exception stands for. Details are written for clients: they never echo exception
 * messages, which can carry class names, hosts or parser internals.
 */
@Component
public class ProblemMapper {

    public Problem toProblem(ServerWebExchange exchange, Throwable ex) {
        if (ex instanceof ProblemException problem) {
            return Problems.of(exchange, problem.kind(), problem.detail());
        }
        if (ex instanceof WebExchangeBindException invalid) {
            List<FieldViolation> violations = invalid.getFieldErrors().stream()
                    .map(ProblemMapper::violation)
                    .toList();
            return Problems.of(exchange, ProblemKind.VALIDATION, "The request has invalid fields.")
                    .withErrors(violations);
        }
        if (hasCause(ex, DataBufferLimitException.class)) {
            return Problems.of(exchange, ProblemKind.PAYLOAD_TOO_LARGE, "The request body is too large.");
        }
        if (ex instanceof ServerWebInputException) {
            return Problems.of(exchange, ProblemKind.MALFORMED_REQUEST,
                    "The request body is missing or is not valid JSON of the expected shape.");
        }
        if (ex instanceof UnsupportedMediaTypeStatusException) {
            return Problems.of(exchange, ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "The request content type is not supported here; send application/json.");
        }
        if (ex instanceof NotAcceptableStatusException) {
            return Problems.of(exchange, ProblemKind.NOT_ACCEPTABLE,
                    "None of the accepted response media types can be produced.");
        }
        if (ex instanceof MethodNotAllowedException notAllowed) {
            return Problems.of(exchange, ProblemKind.METHOD_NOT_ALLOWED,
                    "Method " + notAllowed.getHttpMethod() + " is not allowed here.");
        }
        if (isUnreachable(ex)) {
            return Problems.of(exchange, ProblemKind.SERVICE_UNAVAILABLE,
                    target(exchange) + " is not available right now. Try again later.");
        }
        if (hasCause(ex, TimeoutException.class)) {
            return Problems.of(exchange, ProblemKind.GATEWAY_TIMEOUT,
                    target(exchange) + " did not answer in time.");
        }
        if (hasCause(ex, PrematureCloseException.class)) {
            return Problems.of(exchange, ProblemKind.BAD_GATEWAY,
                    target(exchange) + " closed the connection before answering.");
        }
        if (ex instanceof ResponseStatusException status) {
            return fromStatus(exchange, status.getStatusCode().value());
        }
        return Problems.of(exchange, ProblemKind.INTERNAL_ERROR,
                "An unexpected error occurred. Quote the request id when reporting it.");
    }

    private Problem fromStatus(ServerWebExchange exchange, int status) {
        return ProblemKind.forStatus(status)
                .map(kind -> Problems.of(exchange, kind, switch (kind) {
                    case NOT_FOUND -> "No resource at this path.";
                    case SERVICE_UNAVAILABLE -> target(exchange) + " is not available right now. Try again later.";
                    case GATEWAY_TIMEOUT -> target(exchange) + " did not answer in time.";
                    case INTERNAL_ERROR -> "An unexpected error occurred. Quote the request id when reporting it.";
                    default -> kind.title() + ".";
                }))
                .orElseGet(() -> generic(exchange, status));
    }

    /** A status the gateway has no kind for: code and title come from the standard reason phrase. */
    private static Problem generic(ServerWebExchange exchange, int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String code = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return new Problem(ProblemKind.typeFor(code), title, status, title + ".", code,
                exchange.getRequest().getPath().value(), RequestIdFilter.of(exchange), List.of());
    }

    private static boolean isUnreachable(Throwable ex) {
        return hasCause(ex, ConnectException.class) // includes Netty's AnnotatedConnectException
                || hasCause(ex, ConnectTimeoutException.class)
                || hasCause(ex, UnknownHostException.class)
                || hasCause(ex, UnresolvedAddressException.class)
                || (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 503);
    }

    /** The service a failed proxy call was for, named by its route id, for the detail text. */
    private static String target(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "The service" : "The service '" + route.getId() + "'";
    }

    private static FieldViolation violation(FieldError error) {
        return new FieldViolation(error.getField(), error.getDefaultMessage());
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
