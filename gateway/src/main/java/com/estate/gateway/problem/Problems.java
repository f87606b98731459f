package com.estate.gateway.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.web.server.ServerWebExchange;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.gateway.web.RequestIdFilter;

/**
 * Builds problems for an exchange: type, title and detail from the suite's {@link ProblemCatalog} in the caller's
 * language ({@link ProblemLanguage}), the request path as instance, and the request id attached.
 */
public final class Problems {

    private Problems() {
    }

    /** The kind's usual detail ({@code problem.<code>.detail}), filled in with the arguments. */
    public static Problem of(ServerWebExchange exchange, ProblemKind kind, Object... args) {
        return withDetail(exchange, kind, kind.detailKey(), args);
    }

    /** A variant detail of the catalog, e.g. {@code problem.unavailable.detail.service} naming the service. */
    public static Problem withDetail(ServerWebExchange exchange, ProblemKind kind, String detailKey, Object... args) {
        return create(exchange, kind.status().value(), kind, detailKey, args);
    }

    /** A kind answered with another status, e.g. a framework 429 that the vocabulary calls {@code bad-request}. */
    public static Problem withStatus(ServerWebExchange exchange, int status, ProblemKind kind, Object... args) {
        return create(exchange, status, kind, kind.detailKey(), args);
    }

    private static Problem create(ServerWebExchange exchange, int status, ProblemKind kind, String detailKey,
            Object... args) {
        Locale locale = ProblemLanguage.of(exchange);
        return new Problem(kind.type(), kind.title(locale), status, ProblemCatalog.message(detailKey, locale, args),
                kind.code(), exchange.getRequest().getPath().value(), RequestIdFilter.of(exchange), List.of());
    }
}
