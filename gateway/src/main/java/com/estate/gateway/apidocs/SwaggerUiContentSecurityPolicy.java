package com.estate.gateway.apidocs;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Swagger UI (springdoc serves it under {@code /swagger-ui/}; {@code /swagger-ui.html} redirects there) is the one
 * HTML page the gateway serves, and it renders documents the services wrote. Its pages get a Content Security
 * Policy that allows only what Swagger UI needs: its own scripts and styles from the gateway, images from the
 * gateway and {@code data:} URIs (its icons), and requests back to the gateway (the documents and "Try it out").
 * No inline script, no other origin, no framing.
 */
@Component
public class SwaggerUiContentSecurityPolicy implements WebFilter {

    static final String HEADER = "Content-Security-Policy";

    /**
     * The one inline style Swagger UI applies is the {@code <style>} block of its logo (two fill colours), allowed
     * by its hash rather than by {@code 'unsafe-inline'}. A Swagger UI upgrade that changes the logo only loses the
     * logo's colours (and logs a CSP warning in the browser console): then put the hash the warning names here.
     */
    static final String POLICY = "default-src 'none'; "
            + "script-src 'self'; "
            + "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; "
            + "img-src 'self' data:; "
            + "connect-src 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'; "
            + "base-uri 'none'";

    private static final PathPattern SWAGGER_UI = PathPatternParser.defaultInstance.parse("/swagger-ui/**");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (SWAGGER_UI.matches(path)) {
            exchange.getResponse().getHeaders().set(HEADER, POLICY);
        }
        return chain.filter(exchange);
    }
}
