package com.estate.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem body to a response: used by the error handler and by the security entry points. */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** The kind's usual problem, with the arguments of its catalog detail. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemKind kind, Object... args) {
        return write(exchange, Problems.of(exchange, kind, args));
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        HttpHeaders headers = response.getHeaders();
        // A failed proxy exchange may have left the service's entity headers behind; they describe another body.
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.remove(HttpHeaders.CONTENT_LANGUAGE);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // The texts follow Accept-Language: say which language they are in, and that a cache must tell them apart.
        headers.setContentLanguage(ProblemLanguage.of(exchange));
        if (headers.getVary().stream().noneMatch(HttpHeaders.ACCEPT_LANGUAGE::equalsIgnoreCase)) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
