package com.estate.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.problem.ProblemKind;
import com.estate.gateway.problem.ProblemWriter;
import com.estate.gateway.problem.Problems;

import reactor.core.publisher.Mono;

/**
 * Answers a missing or rejected token with a 401 problem. The detail never says why a token was rejected
 * (expired, bad signature, wrong audience): that would help someone probing forged tokens, and a client
 * does the same thing in every case, which is to log in again.
 */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        // A bearer token was sent and rejected (bad signature, expired, ...), as opposed to none being sent.
        boolean tokenRejected = ex instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer");
        return writer.write(exchange, tokenRejected
                ? Problems.withDetail(exchange, ProblemKind.UNAUTHORIZED, "problem.unauthorized.detail.token-rejected")
                : Problems.of(exchange, ProblemKind.UNAUTHORIZED));
    }
}
