package com.estate.gateway.auth;

import java.net.InetSocketAddress;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;

/**
 * Which client address a log-in comes from, for the per-address lockout. For now the TCP peer, as the rate limits
 * take it; meant to follow the rate limits' resolver once that one knows trusted proxies, so both agree.
 */
@Component
@ConditionalOnBuiltInIssuer
class ClientAddresses {

    String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
