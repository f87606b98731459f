package com.estate.gateway.resilience;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway protects itself and the apps from a service that is down or slow ({@code app.routes.resilience}).
 * {@code timeout} bounds the wait for a service's answer (retries included); {@code routes} overrides it per route
 * id (e.g. {@code billing-service}); a file upload ({@code app.routes.upload-paths}: an attachment, a unit import) waits
 * up to {@code upload-timeout} instead, since the service answers only once it has read and stored the whole file. {@code retries} are extra attempts for GET only (connect errors, 502, 503).
 * The breaker settings apply to each route's own breaker.
 */
@Validated
@ConfigurationProperties("app.routes.resilience")
public record ResilienceProperties(
        @NotNull Duration timeout,
        @NotNull Duration uploadTimeout,
        @Min(0) @Max(5) int retries,
        @NotNull @Valid Breaker circuitBreaker,
        Map<String, RouteOverride> routes) {

    public ResilienceProperties {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("app.routes.resilience.timeout must be positive");
        }
    }

    /** The response timeout of one route. */
    public Duration timeoutFor(String routeId) {
        RouteOverride override = routes.get(routeId);
        return override != null && override.timeout() != null ? override.timeout() : timeout;
    }

    /** Resilience4j circuit-breaker settings (count-based sliding window). */
    public record Breaker(
            @Min(1) @Max(100) int failureRateThreshold,
            @Min(1) int slidingWindowSize,
            @Min(1) int minimumNumberOfCalls,
            @NotNull Duration waitDurationInOpenState,
            @Min(1) int permittedCallsInHalfOpenState) {
    }

    public record RouteOverride(Duration timeout) {
    }
}
