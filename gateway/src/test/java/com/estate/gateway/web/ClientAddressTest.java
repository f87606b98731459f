package com.estate.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StubBackend.RecordedRequest;

/**
 * The client address behind a reverse proxy, through the real server: the probe rule allows 3 requests an hour per
 * client on {@code /auth/rate-limit-probe/**}. Each test calls from its own loopback source address, so each starts
 * with fresh buckets; 127.0.0.16/28 are the trusted proxies ({@link GatewayIntegrationTest#TRUSTED_PROXIES}).
 */
class ClientAddressTest extends GatewayIntegrationTest {

    private static final String PROBE = "/auth/rate-limit-probe/";

    @Test
    void fromAnUntrustedPeerAForgedChainEndingInATrustedProxyStillCountsAgainstThePeer() {
        WebTestClient attacker = client("127.0.0.3");
        for (int i = 0; i < 3; i++) {
            probe(attacker, "198.51.100." + i + ", 127.0.0.17").expectStatus().isNotFound();
        }
        assertProblem(probe(attacker, "198.51.100.9, 127.0.0.17"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        assertProblem(attacker.get().uri(PROBE + "f").header("Forwarded", "for=198.51.100.10").exchange(),
                HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnBucket() {
        WebTestClient proxy = client("127.0.0.17");
        for (int i = 0; i < 3; i++) {
            probe(proxy, "203.0.113.10").expectStatus().isNotFound();
        }
        assertProblem(probe(proxy, "203.0.113.10"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");

        probe(proxy, "203.0.113.11").expectStatus().isNotFound();
    }

    @Test
    void aForgedLeftMostEntryBeforeTheAddressTheProxyAppendedCannotGetAFreshBucket() {
        WebTestClient proxy = client("127.0.0.18");
        for (int i = 0; i < 3; i++) {
            probe(proxy, "198.51.100." + (20 + i) + ", 203.0.113.20").expectStatus().isNotFound();
        }
        assertProblem(probe(proxy, "198.51.100.29, 203.0.113.20"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        assertProblem(probe(proxy, "203.0.113.20"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");

        // the key is the client the proxy saw, not the proxy: another client behind it still passes
        probe(proxy, "203.0.113.21").expectStatus().isNotFound();
    }

    @Test
    void trustedProxiesInTheChainAreSkipped() {
        WebTestClient proxy = client("127.0.0.19");
        for (int i = 0; i < 3; i++) {
            probe(proxy, "198.51.100.30, 203.0.113.30, 127.0.0.20").expectStatus().isNotFound();
        }
        assertProblem(probe(proxy, "203.0.113.30"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        probe(proxy, "203.0.113.31, 127.0.0.20").expectStatus().isNotFound();
    }

    @Test
    void ipv6ClientsShareOneBucketPerSlash64() {
        WebTestClient proxy = client("127.0.0.21");
        probe(proxy, "2001:db8:40:1::1").expectStatus().isNotFound();
        probe(proxy, "2001:db8:40:1::2").expectStatus().isNotFound();
        probe(proxy, "[2001:db8:40:1:ffff:ffff:ffff:ffff]:4711").expectStatus().isNotFound();
        assertProblem(probe(proxy, "2001:db8:40:1:abcd::9"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");

        probe(proxy, "2001:db8:40:2::1").expectStatus().isNotFound();
    }

    @Test
    void ipv4MappedIpv6ClientsCountAsTheirIpv4Address() {
        WebTestClient proxy = client("127.0.0.22");
        for (int i = 0; i < 3; i++) {
            probe(proxy, "::ffff:203.0.113.40").expectStatus().isNotFound();
        }
        assertProblem(probe(proxy, "203.0.113.40"), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");

        probe(proxy, "::ffff:203.0.113.41").expectStatus().isNotFound();
    }

    @Test
    void theServiceGetsTheResolvedClientAddressNotTheChainTheClientSent() {
        String token = adminToken();

        String direct = "/api/residents/" + UUID.randomUUID();
        client("127.0.0.4").get().uri(direct).headers(h -> h.setBearerAuth(token))
                .header("X-Forwarded-For", "198.51.100.50")
                .header("Forwarded", "for=198.51.100.51")
                .header("X-Forwarded-Host", "evil.example")
                .exchange()
                .expectStatus().isOk();
        RecordedRequest fromClient = RESIDENT.request(direct);
        assertThat(fromClient.header("X-Forwarded-For")).isEqualTo("127.0.0.4");
        assertThat(fromClient.hasHeader("Forwarded")).isFalse();
        assertThat(fromClient.hasHeader("X-Forwarded-Host")).isFalse();

        String proxied = "/api/residents/" + UUID.randomUUID();
        client("127.0.0.23").get().uri(proxied).headers(h -> h.setBearerAuth(token))
                .header("X-Forwarded-For", "198.51.100.52, 203.0.113.50")
                .exchange()
                .expectStatus().isOk();
        assertThat(RESIDENT.request(proxied).header("X-Forwarded-For")).isEqualTo("203.0.113.50");
    }

    private static WebTestClient.ResponseSpec probe(WebTestClient client, String forwardedFor) {
        return client.get().uri(PROBE + UUID.randomUUID()).header("X-Forwarded-For", forwardedFor).exchange();
    }
}
