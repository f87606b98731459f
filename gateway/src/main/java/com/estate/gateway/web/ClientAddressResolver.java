package com.estate.gateway.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.web.ClientAddressProperties.ForwardedHeader;

/**
 * Who the client is, for rate limits, the services and anything else that counts per client. The TCP peer, unless the
 * peer is a trusted proxy ({@code app.trusted-proxies}): then the forwarding header's list is walked from the right,
 * past the trusted proxies, and the first other address is the client. Everything left of it was written by the client
 * or by proxies we do not know, so it is never read; a trusted proxy's entry that is not an address (a name,
 * {@code unknown}, garbage) makes the peer the client, which is the conservative choice. From an untrusted peer the
 * headers are ignored completely. Resolved once per exchange.
 */
@Component
public class ClientAddressResolver {

    private static final String ATTRIBUTE = ClientAddressResolver.class.getName() + ".address";

    private final ClientAddressProperties properties;

    public ClientAddressResolver(ClientAddressProperties properties) {
        this.properties = properties;
    }

    /** The client's address (IPv4-mapped addresses as IPv4); empty when the request has no remote address. */
    public Optional<InetAddress> clientAddress(ServerWebExchange exchange) {
        Optional<InetAddress> resolved = exchange.getAttribute(ATTRIBUTE);
        if (resolved == null) {
            resolved = resolve(exchange.getRequest());
            exchange.getAttributes().put(ATTRIBUTE, resolved);
        }
        return resolved;
    }

    /** {@link #keyOf} the client's address, or {@code unknown}. */
    public String rateLimitKey(ServerWebExchange exchange) {
        return clientAddress(exchange).map(ClientAddressResolver::keyOf).orElse("unknown");
    }

    /**
     * An IPv4 address as itself ({@code 203.0.113.9}); an IPv6 address as its /64 ({@code 2001:db8:1:2::/64}),
     * because one subscriber or host is usually given a whole /64 and could otherwise take a fresh address, and a
     * fresh bucket, for every request.
     */
    public static String keyOf(InetAddress address) {
        InetAddress normalised = IpLiteral.normalise(address);
        byte[] bytes = normalised.getAddress();
        if (bytes.length == 4) {
            return normalised.getHostAddress();
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private Optional<InetAddress> resolve(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress peer = IpLiteral.normalise(remote.getAddress());
        if (!properties.isTrustedProxy(peer)) {
            return Optional.of(peer);
        }
        List<String> hops = hops(request.getHeaders());
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.node(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.of(peer);
            }
            client = hop.get();
            if (!properties.isTrustedProxy(client)) {
                return Optional.of(client);
            }
        }
        // Nothing but trusted proxies (or no header): the farthest of them is as close to the client as we know.
        return Optional.of(client);
    }

    private List<String> hops(HttpHeaders headers) {
        return properties.forwardedHeader() == ForwardedHeader.FORWARDED
                ? ForwardedChain.forwarded(headers.getOrEmpty("Forwarded"))
                : ForwardedChain.xForwardedFor(headers.getOrEmpty("X-Forwarded-For"));
    }
}
