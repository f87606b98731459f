package com.estate.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.estate.gateway.GatewayIntegrationTest;

/**
 * The tests' probe rules (see {@link GatewayIntegrationTest}): 3 requests an hour per client IP on
 * {@code /auth/rate-limit-probe/**}, 3 an hour per token subject on {@code /api/announcements/rate-limited/**}.
 */
class RateLimitTest extends GatewayIntegrationTest {

    @Test
    void eachPrincipalHasItsOwnBucketAndTheFourthRequestIs429WithRetryAfter() {
        String alice = tokenFor("alice-" + UUID.randomUUID());
        String bob = tokenFor("bob-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            get("/api/announcements/rate-limited/" + i, alice).expectStatus().isOk();
        }

        String refused = "/api/announcements/rate-limited/" + UUID.randomUUID();
        var response = get(refused, alice);
        response.expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 1200L));
        assertProblem(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        assertThat(ACTIVITY.request(refused)).as("refused before routing").isNull();

        get("/api/announcements/rate-limited/0", bob).expectStatus().isOk();
        // Paths outside the probe rule fall under the generous default and still pass for alice.
        get("/api/announcements/" + UUID.randomUUID(), alice).expectStatus().isOk();
    }

    @Test
    void unauthenticatedEndpointsAreLimitedPerClientIpAndAForwardedForHeaderDoesNotEscapeIt() {
        for (int i = 0; i < 3; i++) {
            client().get().uri("/auth/rate-limit-probe/" + i).header("X-Forwarded-For", "203.0.113." + i)
                    .exchange()
                    .expectStatus().isNotFound();
        }
        var response = client().get().uri("/auth/rate-limit-probe/x").header("X-Forwarded-For", "198.51.100.7")
                .exchange();
        response.expectHeader().exists("Retry-After");
        assertProblem(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).containsPattern("\\d+ 秒"));
    }

    @Test
    void aRequestWithoutAValidTokenIsStill401NotCounted() {
        client().get().uri("/api/announcements/rate-limited/x").exchange().expectStatus().isUnauthorized();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec get(String path, String token) {
        return client().get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private String tokenFor(String subject) {
        return tokens().sign(keyRing.signingKey(), claims -> claims.subject(subject));
    }
}
