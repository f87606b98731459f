package com.estate.gateway.web;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start where something other than {@link ClientAddressResolver} would take the client address from
 * forwarded headers before the gateway sees the request. Boot's {@code native} strategy has Reactor Netty take the
 * left-most {@code X-Forwarded-For} entry, and {@code framework} has Spring do the same: an entry any client can
 * write, so every request could claim a fresh address. Left unset, Boot picks {@code native} by itself on Kubernetes
 * and other cloud platforms, so {@code none} must be explicit. Spring Cloud Gateway's own
 * {@code trusted-proxies} (a regular expression) would turn on its forwarded-header filters and, with its Netty
 * customizer, the same rewriting; the trusted proxies are {@code app.trusted-proxies}, in one place.
 */
@Component
class ForwardedHeadersGuard {

    static final String STRATEGY = "server.forward-headers-strategy";
    static final String GATEWAY_TRUSTED_PROXIES = "spring.cloud.gateway.server.webflux.trusted-proxies";

    ForwardedHeadersGuard(Environment environment) {
        Binder binder = Binder.get(environment);
        String strategy = binder.bind(STRATEGY, String.class).orElse(null);
        if (!"none".equalsIgnoreCase(strategy)) {
            throw new IllegalStateException(STRATEGY + " must be none, not " + (strategy == null ? "unset" : strategy)
                    + ": the gateway reads forwarded headers itself, and only from app.trusted-proxies. Other values,"
                    + " and leaving it unset on Kubernetes, let the left-most X-Forwarded-For entry, which any client"
                    + " can write, replace the client address.");
        }
        if (StringUtils.hasText(binder.bind(GATEWAY_TRUSTED_PROXIES, String.class).orElse(null))) {
            throw new IllegalStateException(GATEWAY_TRUSTED_PROXIES + " must stay unset: list the reverse proxies in"
                    + " app.trusted-proxies (CIDR blocks); the gateway then sends each service the resolved client"
                    + " address as X-Forwarded-For.");
        }
    }
}
