package com.estate.gateway.security;

import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;
import com.estate.gateway.problem.Problems;

import reactor.core.publisher.Mono;

/**
 * A request Spring Security's firewall refuses (an encoded slash, backslash, percent sign or NUL, a {@code ..} or
 * {@code %2e} segment, a {@code ;}) answers a 400 problem document; Security's default answers an empty 400.
 */
@Component
class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private final ProblemWriter writer;

    ProblemExchangeRejectedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return writer.write(exchange, Problems.withDetail(exchange, ProblemKind.BAD_REQUEST,
                "problem.bad-request.detail.refused"));
    }
}
