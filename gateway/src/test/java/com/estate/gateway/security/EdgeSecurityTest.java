package com.estate.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.testsupport.TestTokens;
import com.nimbusds.jose.jwk.RSAKey;

/** Every way a token can be wrong ends in the same 401 problem, and nothing reaches a service. */
class EdgeSecurityTest extends GatewayIntegrationTest {

    private static final RSAKey FOREIGN_KEY = TestTokens.newRsaKey("foreign-key");

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
    void theSame401SpeaksChineseByDefaultAndEnglishWhenAsked() {
        client().get().uri("/api/residents/1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Content-Language", "zh-CN")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://estate.local/problems/unauthorized")
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.title").isEqualTo("需要登录")
                .jsonPath("$.detail").isEqualTo("需要有效的访问令牌。")
                .jsonPath("$.requestId").isNotEmpty();

        client().get().uri("/api/residents/1").header("Accept-Language", "en").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Content-Language", "en")
                .expectHeader().values("Vary", vary -> assertThat(vary).contains("Accept-Language"))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://estate.local/problems/unauthorized")
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.detail").isEqualTo("A valid access token is required.")
                .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void aRejectedTokenSaysSoInTheCallersLanguage() {
        get("/api/residents/1", "not-a-jwt").expectBody()
                .jsonPath("$.detail").isEqualTo("访问令牌无效或已过期，请重新登录。");
        client().get().uri("/api/residents/1").header("Authorization", "Bearer not-a-jwt")
                .header("Accept-Language", "fr-CH, en-US;q=0.7, zh;q=0.5").exchange()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.detail").isEqualTo("The access token is invalid or has expired; log in again.");
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
        String payload = TestTokens.payloadJson(real);
        String tampered = TestTokens.withPayload(real, payload.replace("PLATFORM_ADMIN", "DIRECTOR"));
        assertUnauthorized(tampered);
    }

    @Test
    void unlistedPathsAreNotServed() {
        assertProblem(client().get().uri("/actuator/env").exchange(), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(client().get().uri("/anything").exchange(), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void anApiPathWithoutARouteIs404ForAnAuthenticatedCaller() {
        assertProblem(get("/api/no-such-area/1", adminToken()), HttpStatus.NOT_FOUND, "not-found");
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
        assertThat(RESIDENT.request(path)).as("nothing reached the service").isNull();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client().get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }
}
