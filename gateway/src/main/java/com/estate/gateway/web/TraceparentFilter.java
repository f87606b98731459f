package com.estate.gateway.web;

import com.estate.contracts.tracing.Traceparent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Starts the W3C trace of every request at the edge (or continues the app's, if it sent a valid
 * {@code traceparent}) and forwards it to the service as the gateway's span, so the service's logs and the
 * events it publishes carry the same trace id. The response tells the client which trace to quote.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class TraceparentFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Traceparent gatewaySpan = Traceparent.continueOrStart(
                exchange.getRequest().getHeaders().getFirst(Traceparent.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(Traceparent.HEADER, gatewaySpan.header())).build();
        exchange.getResponse().getHeaders().set(Traceparent.HEADER, gatewaySpan.header());
        return chain.filter(exchange.mutate().request(request).build());
    }
}
