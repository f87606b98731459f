package com.estate.gateway.web;

import java.net.InetAddress;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom the gateway believes about the client's address. {@code app.trusted-proxies}: the reverse proxies in front of
 * it (ingress, load balancer) as CIDR blocks, none by default; only a request whose TCP peer is one of them has its
 * client read from {@code app.forwarded-header} (default {@code x-forwarded-for}; {@code forwarded} for RFC 7239).
 * A malformed block stops the start ({@link CidrBlock#of}).
 */
@ConfigurationProperties("app")
public record ClientAddressProperties(List<CidrBlock> trustedProxies, ForwardedHeader forwardedHeader) {

    public ClientAddressProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        forwardedHeader = forwardedHeader == null ? ForwardedHeader.X_FORWARDED_FOR : forwardedHeader;
    }

    public boolean isTrustedProxy(InetAddress address) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The one header the trusted proxies write. Only one is read: a proxy passes the other through untouched, so a
     * client could fill it with anything.
     */
    public enum ForwardedHeader {
        X_FORWARDED_FOR,
        FORWARDED
    }
}
