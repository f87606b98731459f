package com.estate.gateway.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser apps allowed to call the gateway from another origin ({@code app.cors}). With no
 * {@code allowed-origins} (the default) no cross-origin call is allowed. Tokens travel in the
 * {@code Authorization} header, never in cookies, so credentials are not allowed.
 */
@ConfigurationProperties("app.cors")
public record CorsProperties(
        List<String> allowedOrigins,
        List<String> allowedMethods,
        List<String> allowedHeaders,
        List<String> exposedHeaders,
        Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedMethods = allowedMethods == null || allowedMethods.isEmpty()
                ? List.of("GET", "POST", "PUT", "PATCH", "DELETE") : List.copyOf(allowedMethods);
        allowedHeaders = allowedHeaders == null || allowedHeaders.isEmpty()
                ? List.of("Authorization", "Content-Type", "Accept-Language", "X-Request-Id", "traceparent",
                        "Idempotency-Key", "If-Match", "If-None-Match")
                : List.copyOf(allowedHeaders);
        exposedHeaders = exposedHeaders == null || exposedHeaders.isEmpty()
                ? List.of("X-Request-Id", "traceparent", "Retry-After", "Location", "Content-Language", "ETag",
                        "Idempotent-Replayed")
                : List.copyOf(exposedHeaders);
        maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
}
