package com.estate.gateway.resilience;

import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * One Resilience4j circuit breaker per route, named by the route id, created on first use. A registry of its
 * own (not the starter's) so these breakers are configured by {@code app.routes.resilience} alone.
 */
@Component
public class UpstreamCircuitBreakers {

    private final CircuitBreakerRegistry registry;

    public UpstreamCircuitBreakers(ResilienceProperties properties) {
        ResilienceProperties.Breaker breaker = properties.circuitBreaker();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .waitDurationInOpenState(breaker.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
                // Recover without waiting for a request to notice: after the wait the breaker probes again.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
        this.registry = CircuitBreakerRegistry.of(config);
    }

    public CircuitBreaker forRoute(String routeId) {
        return registry.circuitBreaker(routeId);
    }

    public CircuitBreaker.State state(String routeId) {
        return forRoute(routeId).getState();
    }
}
