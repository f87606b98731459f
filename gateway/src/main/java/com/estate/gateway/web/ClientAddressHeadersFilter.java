package com.estate.gateway.web;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells each service who the client is: {@code X-Forwarded-For} with the one address {@link ClientAddressResolver}
 * resolved, never the chain the client sent. Spring Cloud Gateway already strips client-sent {@code X-Forwarded-*}
 * and {@code Forwarded} headers while its own {@code trusted-proxies} is unset (which {@link ForwardedHeadersGuard}
 * enforces); this runs after its header filters and replaces both headers anyway, so the services' view does not
 * hinge on that default.
 */
@Component
public class ClientAddressHeadersFilter implements HttpHeadersFilter, Ordered {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final ClientAddressResolver resolver;

    public ClientAddressHeadersFilter(ClientAddressResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = HttpHeaders.copyOf(input);
        headers.remove("Forwarded");
        headers.remove(X_FORWARDED_FOR);
        resolver.clientAddress(exchange).ifPresent(client -> headers.set(X_FORWARDED_FOR, client.getHostAddress()));
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
