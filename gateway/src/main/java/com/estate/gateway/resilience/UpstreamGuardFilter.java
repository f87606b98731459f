package com.estate.gateway.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.web.RequestLimitsProperties;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import reactor.core.publisher.Mono;

/**
 * Wraps every proxied call in its route's circuit breaker and response timeout, with retries for GET inside
 * them. A service that is down, slow or answering 502/503/504 counts as a failure; when the breaker is open or
 * the timeout passes, the caller gets a 503 {@code unavailable} problem naming the route's service (the problem
 * mapper names it from the route), without waiting for the service. Retrying only GET keeps a POST from being
 * applied twice; retries happen inside the timeout, so the answer still comes within it.
 * <p>
 * Ordered after the filter that writes the service's response ({@code NettyWriteResponseFilter}, -1): the
 * timeout covers the wait for the service's status and headers, not the streaming of a large body.
 */
@Component
public class UpstreamGuardFilter implements GlobalFilter, Ordered {

    static final int ORDER = 0;

    private static final Set<Integer> FAILURE_STATUSES = Set.of(502, 503, 504);

    private final UpstreamCircuitBreakers breakers;
    private final ResilienceProperties properties;
    private final RequestLimitsProperties limits;
    private final GatewayFilter retry;

    public UpstreamGuardFilter(UpstreamCircuitBreakers breakers, ResilienceProperties properties,
            RequestLimitsProperties limits) {
        this.breakers = breakers;
        this.properties = properties;
        this.limits = limits;
        this.retry = properties.retries() == 0 ? null : new RetryGatewayFilterFactory().apply(
                new RetryGatewayFilterFactory.RetryConfig()
                        .setRetries(properties.retries())
                        .setMethods(HttpMethod.GET)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                        // connect refused/reset; not timeouts: a slow service gets no second, slower chance
                        .setExceptions(IOException.class)
                        .setBackoff(Duration.ofMillis(50), Duration.ofMillis(500), 2, false));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return chain.filter(exchange);
        }
        CircuitBreaker breaker = breakers.forRoute(route.getId());
        if (!breaker.tryAcquirePermission()) {
            return Mono.error(unavailable(CallNotPermittedException.createCallNotPermittedException(breaker)));
        }
        long start = System.nanoTime();
        return Mono.defer(() -> retry == null ? chain.filter(exchange) : retry.filter(exchange, chain))
                .timeout(limits.isUpload(exchange.getRequest()) ? properties.uploadTimeout()
                        : properties.timeoutFor(route.getId()))
                .doOnSuccess(done -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    if (status != null && FAILURE_STATUSES.contains(status.value())) {
                        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                                new UpstreamFailure(status.value()));
                    } else {
                        breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    }
                })
                .doOnError(error -> breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, error))
                .doOnCancel(breaker::releasePermission)
                .onErrorMap(TimeoutException.class, UpstreamGuardFilter::unavailable);
    }

    /** Answered as 503 {@code unavailable}; the problem mapper adds the route's service name. */
    private static ResponseStatusException unavailable(Throwable cause) {
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, null, cause);
    }

    /** A service's own 5xx answer, recorded as a breaker failure (the answer itself is passed on). */
    static final class UpstreamFailure extends RuntimeException {
        UpstreamFailure(int status) {
            super("upstream answered " + status, null, false, false);
        }
    }
}
