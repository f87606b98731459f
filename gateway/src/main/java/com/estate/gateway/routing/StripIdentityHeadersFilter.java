package com.estate.gateway.routing;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Removes every client-supplied {@code X-User-*} header. Those names are reserved for identity that the
 * gateway itself asserts (derived from a validated token); a client must never be able to smuggle them
 * through to a service. Runs before security and routing, so nothing downstream sees the client's values.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StripIdentityHeadersFilter implements WebFilter {

    static final String RESERVED_PREFIX = "x-user-";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> reserved = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX))
                .toList();
        if (reserved.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> reserved.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
