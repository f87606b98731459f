package com.estate.gateway.web;

import static com.estate.gateway.web.Ips.ip;
import static com.estate.gateway.web.Ips.ipv6Mapped;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import com.estate.gateway.web.ClientAddressProperties.ForwardedHeader;

class ClientAddressResolverTest {

    private static final InetAddress PROXY = ip("10.0.0.5");

    private final ClientAddressResolver resolver = resolver(ForwardedHeader.X_FORWARDED_FOR, "10.0.0.0/8",
            "2001:db8:ffff::/48");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddressResolver none = new ClientAddressResolver(new ClientAddressProperties(null, null));
        assertThat(none.clientAddress(from(PROXY, "203.0.113.9"))).contains(PROXY);
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnoredCompletely() {
        InetAddress peer = ip("198.51.100.1");
        assertThat(resolver.clientAddress(from(peer, "203.0.113.9"))).contains(peer);
        assertThat(resolver.clientAddress(from(peer, "203.0.113.9, 10.0.0.7"))).contains(peer);
        assertThat(resolver.clientAddress(from(peer, "garbage"))).contains(peer);
    }

    @Test
    void fromATrustedPeerTheRightMostEntryIsTheClient() {
        assertThat(resolver.clientAddress(from(PROXY, "203.0.113.9"))).contains(ip("203.0.113.9"));
    }

    @Test
    void forgedEntriesLeftOfTheClientAreIgnored() {
        assertThat(resolver.clientAddress(from(PROXY, "198.51.100.1, 10.0.0.1, 203.0.113.9")))
                .contains(ip("203.0.113.9"));
        assertThat(resolver.clientAddress(from(PROXY, "not an address, 203.0.113.9"))).contains(ip("203.0.113.9"));
    }

    @Test
    void trustedProxiesAreSkippedRightToLeft() {
        assertThat(resolver.clientAddress(from(PROXY, "198.51.100.1, 203.0.113.9, 10.0.0.7, 2001:db8:ffff::1")))
                .contains(ip("203.0.113.9"));
    }

    @Test
    void severalHeaderLinesAreOneListInOrder() {
        assertThat(resolver.clientAddress(from(PROXY, "198.51.100.1", "203.0.113.9, 10.0.0.7", "10.0.0.8")))
                .contains(ip("203.0.113.9"));
    }

    @Test
    void whenEveryEntryIsATrustedProxyTheLeftMostIsTheClient() {
        assertThat(resolver.clientAddress(from(PROXY, "10.0.0.9, 10.0.0.7"))).contains(ip("10.0.0.9"));
    }

    @Test
    void aTrustedPeerWithoutTheHeaderIsItselfTheClient() {
        assertThat(resolver.clientAddress(from(PROXY))).contains(PROXY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "garbage", "unknown", "_hidden", "", " , ", "203.0.113.9,", "203.0.113", "203.0.113.256", "0203.0.113.9",
            "0x7f.0.0.1", "2130706433", "proxy.example.com", "localhost", "203.0.113.9:99999", "203.0.113.9:",
            "[2001:db8::1", "2001:db8::1]", "2001:db8::zz", "2001:db8:::1", "fe80::1%eth0", "[203.0.113.9]",
            "203.0.113.9 198.51.100.1", "\"203.0.113.9\""})
    void aMalformedEntryBeforeTheClientFallsBackToThePeer(String entry) {
        assertThat(resolver.clientAddress(from(PROXY, entry))).as(entry).contains(PROXY);
        assertThat(resolver.clientAddress(from(PROXY, "203.0.113.9, " + entry))).as(entry).contains(PROXY);
    }

    @Test
    void portsAndBracketsAreAccepted() {
        assertThat(resolver.clientAddress(from(PROXY, "203.0.113.9:4711"))).contains(ip("203.0.113.9"));
        assertThat(resolver.clientAddress(from(PROXY, "[2001:db8::1]:4711"))).contains(ip("2001:db8::1"));
        assertThat(resolver.clientAddress(from(PROXY, "[2001:db8::1]"))).contains(ip("2001:db8::1"));
        assertThat(resolver.clientAddress(from(PROXY, " 2001:DB8::1 "))).contains(ip("2001:db8::1"));
    }

    @Test
    void ipv4ClientsAreKeyedByTheWholeAddress() {
        assertThat(resolver.rateLimitKey(from(PROXY, "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(resolver.rateLimitKey(from(PROXY, "203.0.113.10"))).isEqualTo("203.0.113.10");
    }

    @Test
    void ipv6ClientsAreKeyedByTheirSlash64() {
        String key = resolver.rateLimitKey(from(PROXY, "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertThat(key).isEqualTo("2001:db8:1:2::/64");
        assertThat(resolver.rateLimitKey(from(PROXY, "2001:db8:1:2::1"))).isEqualTo(key);
        assertThat(resolver.rateLimitKey(from(PROXY, "2001:db8:1:3::1"))).isNotEqualTo(key);
        assertThat(resolver.rateLimitKey(from(PROXY, "::1"))).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void ipv4MappedAddressesCountAsIpv4() {
        assertThat(resolver.clientAddress(from(PROXY, "::ffff:203.0.113.9"))).contains(ip("203.0.113.9"));
        assertThat(resolver.rateLimitKey(from(PROXY, "::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(resolver.clientAddress(from(ipv6Mapped(198, 51, 100, 1)))).contains(ip("198.51.100.1"));
        assertThat(resolver.rateLimitKey(from(ipv6Mapped(198, 51, 100, 1)))).isEqualTo("198.51.100.1");
        // a trusted IPv4 proxy is recognised when the socket reports it IPv4-mapped
        assertThat(resolver.clientAddress(from(ipv6Mapped(10, 0, 0, 5), "203.0.113.9"))).contains(ip("203.0.113.9"));
        assertThat(resolver.clientAddress(from(PROXY, "203.0.113.9, ::ffff:10.0.0.7"))).contains(ip("203.0.113.9"));
    }

    @Test
    void withoutARemoteAddressTheClientIsUnknown() {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/auth/login"));
        assertThat(resolver.clientAddress(exchange)).isEmpty();
        assertThat(resolver.rateLimitKey(exchange)).isEqualTo("unknown");
    }

    @Test
    void theForwardedHeaderIsReadWhenConfiguredAndXForwardedForThenIgnored() {
        ClientAddressResolver rfc7239 = resolver(ForwardedHeader.FORWARDED, "10.0.0.0/8");
        ServerWebExchange exchange = exchange(PROXY, "Forwarded",
                "for=198.51.100.1;proto=https, For=\"[2001:db8::1]:4711\";by=10.0.0.5", "for=10.0.0.7");
        assertThat(rfc7239.clientAddress(exchange)).contains(ip("2001:db8::1"));
        assertThat(rfc7239.clientAddress(from(PROXY, "203.0.113.9"))).contains(PROXY);
        assertThat(rfc7239.clientAddress(exchange(PROXY, "Forwarded", "for=203.0.113.9:4711")))
                .contains(ip("203.0.113.9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"for=unknown", "for=_hidden", "proto=https", "for=", "for=\"[2001:db8::1\"", "garbage"})
    void aMalformedForwardedElementFallsBackToThePeer(String element) {
        ClientAddressResolver rfc7239 = resolver(ForwardedHeader.FORWARDED, "10.0.0.0/8");
        assertThat(rfc7239.clientAddress(exchange(PROXY, "Forwarded", element))).as(element).contains(PROXY);
    }

    @Test
    void inTheDefaultModeTheForwardedHeaderIsIgnored() {
        assertThat(resolver.clientAddress(exchange(PROXY, "Forwarded", "for=203.0.113.9"))).contains(PROXY);
    }

    private static ClientAddressResolver resolver(ForwardedHeader header, String... trustedProxies) {
        return new ClientAddressResolver(new ClientAddressProperties(
                Arrays.stream(trustedProxies).map(CidrBlock::of).toList(), header));
    }

    private static ServerWebExchange from(InetAddress peer, String... forwardedFor) {
        return exchange(peer, "X-Forwarded-For", forwardedFor);
    }

    private static ServerWebExchange exchange(InetAddress peer, String header, String... values) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/auth/login")
                .remoteAddress(new InetSocketAddress(peer, 50_000));
        if (values.length > 0) {
            request.header(header, values);
        }
        return MockServerWebExchange.from(request);
    }
}
