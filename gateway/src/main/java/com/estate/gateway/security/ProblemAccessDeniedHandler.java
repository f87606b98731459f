package com.estate.gateway.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;

import reactor.core.publisher.Mono;

/** Answers an authenticated caller who may not do this with a 403 problem. */
@Component
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, ProblemKind.FORBIDDEN);
    }
}
