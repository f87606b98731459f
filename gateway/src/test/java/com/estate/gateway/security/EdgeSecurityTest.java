package com.estate.gateway.security;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.HandMadeTokens;
import com.nimbusds.jose.jwk.RSAKey;

/** Every way a token can be wrong ends in the same 401 problem, and nothing reaches a service. */
class EdgeSecurityTest extends GatewayIntegrationTest {

    private static final RSAKey FOREIGN_KEY = HandMadeTokens.newRsaKey("foreign-key");

    @Test
    void aTokenSignedWithTheGatewayKeyIsAccepted() {
        // Proves the hand-made tokens below fail for the one reason each was built with.
        String token = tokens().sign(keyRing.signingKey(), claims -> claims);
        get("/api/residents/" + UUID.randomUUID(), token).expectStatus().isOk();
    }

    @Test
    void noTokenIs401() {
        var response = client().get().uri("/api/residents/1").exchange();
        response.expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        assertProblem(response, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void aNonBearerAuthorizationIs401() {
        assertProblem(client().get().uri("/api/residents/1").header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void garbageIs401() {
        assertUnauthorized("not-a-jwt");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheGatewaysKidIs401() {
        assertUnauthorized(tokens().sign(FOREIGN_KEY, keyRing.signingKey().getKeyID(), claims -> claims));
    }

    @Test
    void aTokenWithAnUnknownKidIs401() {
        assertUnauthorized(tokens().sign(FOREIGN_KEY, claims -> claims));
    }

    @Test
    void anExpiredTokenIs401() {
        Instant past = Instant.now().minusSeconds(3600);
        assertUnauthorized(tokens().sign(keyRing.signingKey(), claims -> claims
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(900)))));
    }

    @Test
    void aTokenWithoutExpiryIs401() {
        assertUnauthorized(tokens().sign(keyRing.signingKey(), claims -> claims.expirationTime(null)));
    }

    @Test
    void aTokenNotValidYetIs401() {
        assertUnauthorized(tokens().sign(keyRing.signingKey(), claims -> claims
                .notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))));
    }

    @Test
    void aWrongAudienceIs401() {
        assertUnauthorized(tokens().sign(keyRing.signingKey(), claims -> claims.audience("some-other-api")));
    }

    @Test
    void aWrongIssuerIs401() {
        assertUnauthorized(tokens().sign(keyRing.signingKey(), claims -> claims.issuer("https://evil.example")));
    }

    @Test
    void algNoneIs401() {
        assertUnauthorized(tokens().unsigned(keyRing.signingKey().getKeyID()));
    }

    @Test
    void hs256SignedWithThePublicKeyIs401() {
        assertUnauthorized(tokens().hmacWithPublicKey(keyRing.signingKey().toPublicJWK()));
    }

    @Test
    void aTamperedPayloadIs401() {
        String real = adminToken();
        String payload = HandMadeTokens.payloadJson(real);
        String tampered = HandMadeTokens.withPayload(real, payload.replace("PLATFORM_ADMIN", "DIRECTOR"));
        assertUnauthorized(tampered);
    }

    @Test
    void unlistedPathsAreNotServed() {
        assertProblem(client().get().uri("/actuator/env").exchange(), HttpStatus.NOT_FOUND, "not_found");
        assertProblem(client().get().uri("/anything").exchange(), HttpStatus.NOT_FOUND, "not_found");
    }

    @Test
    void anApiPathWithoutARouteIs404ForAnAuthenticatedCaller() {
        assertProblem(get("/api/no-such-area/1", adminToken()), HttpStatus.NOT_FOUND, "not_found");
    }

    @Test
    void healthProbesArePublic() {
        client().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client().get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client().get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist(); // no details for anonymous callers
    }

    private void assertUnauthorized(String token) {
        String path = "/api/residents/" + UUID.randomUUID();
        var response = get(path, token);
        response.expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        assertProblem(response, HttpStatus.UNAUTHORIZED, "unauthorized");
        org.assertj.core.api.Assertions.assertThat(RESIDENT.request(path)).as("nothing reached the service").isNull();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client().get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }
}
