package com.estate.gateway.problem;

import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.web.RequestIdFilter;

/** Builds problems for an exchange: the instance is the request path, and the request id is attached. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ServerWebExchange exchange, ProblemKind kind, String detail) {
        return Problem.of(kind, detail, exchange.getRequest().getPath().value(), RequestIdFilter.of(exchange));
    }
}
